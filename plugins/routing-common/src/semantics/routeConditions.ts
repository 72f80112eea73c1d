import { normalizeParentRef, refersToGateway } from '../gatewayApi/parentRefs';
import type { ParentReference, RouteCondition } from '../types/routes';
import { resolvedRefsCondition } from './backendRefs';
import { condition } from './conditions';
import type { ListenerJudgement } from './listenerConditions';
import { attachToGateway } from './listenerAttachment';
import type { Inventory, RouteModel } from './model';

/** The verdict on one parentRef of a route. */
export interface ParentVerdict {
  parentRef: ParentReference;
  /** Accepted, then ResolvedRefs. */
  conditions: RouteCondition[];
  /** `namespace/name` of the Gateway, when the parentRef names one. */
  gatewayKey: string;
  /** The listeners the route attached to through this parentRef. */
  listeners: string[];
}

/** What judging a route gives: verdicts for Gateway parents, and parentRefs left out. */
export interface RouteVerdict {
  parents: ParentVerdict[];
  /** ParentRefs that are not Gateways (a Service for mesh routing, say): not judged here. */
  skipped: ParentReference[];
}

/**
 * Judges each parentRef of a route on its own. A parentRef to something other than a Gateway
 * of group gateway.networking.k8s.io (a Service, for mesh routing) is left to the mesh and
 * skipped, as a Gateway controller writes no status for it. A Gateway missing from the input
 * gives Accepted=False NoMatchingParent. ResolvedRefs depends on the backends only, so every
 * parent gets the same one.
 */
export function judgeRoute(
  route: RouteModel,
  inventory: Inventory,
  judgementsByGateway: Map<string, ListenerJudgement[]>,
): RouteVerdict {
  const resolvedRefs = resolvedRefsCondition(route, inventory);
  const verdict: RouteVerdict = { parents: [], skipped: [] };
  for (const parentRef of route.parentRefs) {
    const ref = normalizeParentRef(parentRef, route.namespace);
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
