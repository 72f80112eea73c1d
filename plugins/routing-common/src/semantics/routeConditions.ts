import { normalizeParentRef, refersToGateway } from '../gatewayApi/parentRefs';
import type { ParentReference, RouteCondition } from '../types/routes';
import { resolvedRefsCondition } from './backendRefs';
import { condition } from './conditions';
import type { ListenerJudgement } from './listenerConditions';
import { attachToGateway } from './listenerAttachment';
import { meshAccepted, meshRole, refersToService } from './meshParents';
import type { ListenerSetJudgement } from './listenerSetConditions';
import { attachToListenerSet, refersToListenerSet } from './listenerSetParents';
import type { Inventory, RouteModel } from './model';

/** The verdict on one parentRef of a route. */
export interface ParentVerdict {
  parentRef: ParentReference;
  /** Accepted, then ResolvedRefs. */
  conditions: RouteCondition[];
  /** `namespace/name` of the Gateway, when the parentRef names one. */
  gatewayKey?: string;
  /** `namespace/name` of the ListenerSet, when the parentRef names one. */
  listenerSetKey?: string;
  /** For a Service parent (mesh routing): a producer or a consumer route. */
  meshRole?: 'producer' | 'consumer';
  /** The listeners the route attached to through this parentRef. */
  listeners: string[];
}

/** What judging a route gives: verdicts for Gateway and Service parents, and parentRefs left out. */
export interface RouteVerdict {
  parents: ParentVerdict[];
  /** ParentRefs of kinds no implementation of the standard channel knows: not judged. */
  skipped: ParentReference[];
}

/**
 * Judges each parentRef of a route on its own. A Gateway missing from the input gives
 * Accepted=False NoMatchingParent. A core Service is a mesh parent (GAMMA), judged as a mesh
 * implementation would (see meshAccepted), with backends in other namespaces needing no
 * ReferenceGrant. A ListenerSet parent attaches to that ListenerSet's listeners only (see
 * attachToListenerSet). Any other kind is skipped. ResolvedRefs depends on the backends only, so
 * every Gateway parent gets the same one.
 */
export function judgeRoute(
  route: RouteModel,
  inventory: Inventory,
  judgementsByGateway: Map<string, ListenerJudgement[]>,
  listenerSets: ReadonlyMap<string, ListenerSetJudgement> = new Map(),
): RouteVerdict {
  const resolvedRefs = resolvedRefsCondition(route, inventory);
  const verdict: RouteVerdict = { parents: [], skipped: [] };
  for (const parentRef of route.parentRefs) {
    const ref = normalizeParentRef(parentRef, route.namespace);
    if (refersToService(ref)) {
      verdict.parents.push({
        parentRef,
        conditions: [
          meshAccepted(route, ref, inventory),
          resolvedRefsCondition(route, inventory, false),
        ],
        meshRole: meshRole(route, ref),
        listeners: [],
      });
      continue;
    }
    if (refersToListenerSet(ref)) {
      const attachment = attachToListenerSet(
        route,
        ref,
        listenerSets,
        inventory,
      );
      verdict.parents.push({
        parentRef,
        conditions: [attachment.accepted, resolvedRefs],
        listenerSetKey: `${ref.namespace}/${ref.name}`,
        listeners: attachment.listeners,
      });
      continue;
    }
    if (!refersToGateway(ref)) {
      verdict.skipped.push(parentRef);
      continue;
    }
    const gatewayKey = `${ref.namespace}/${ref.name}`;
    const gateway = inventory.gateways.get(gatewayKey);
    const attachment = gateway
      ? attachToGateway(
          route,
          ref,
          gateway,
          judgementsByGateway.get(gatewayKey) ?? [],
          inventory.namespaceLabels,
        )
      : {
          accepted: condition(
            'Accepted',
            false,
            'NoMatchingParent',
            `Gateway ${gatewayKey} does not exist`,
          ),
          listeners: [],
        };
    verdict.parents.push({
      parentRef,
      conditions: [attachment.accepted, resolvedRefs],
      gatewayKey,
      listeners: attachment.listeners,
    });
  }
  return verdict;
}
