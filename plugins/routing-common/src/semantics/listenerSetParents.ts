import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { NormalizedParentRef } from '../gatewayApi/parentRefs';
import { condition } from './conditions';
import { attachToGateway } from './listenerAttachment';
import type { Attachment } from './listenerAttachment';
import type { ListenerSetJudgement } from './listenerSetConditions';
import type { Inventory, RouteModel } from './model';

/** Whether a parentRef names a ListenerSet (group gateway.networking.k8s.io, kind ListenerSet). */
export function refersToListenerSet(ref: NormalizedParentRef): boolean {
  return ref.group === GATEWAY_API_GROUP && ref.kind === 'ListenerSet';
}

/**
 * Attaches a route to the listeners of the ListenerSet its parentRef names, by the rules of
 * a Gateway parent (see attachToGateway): sectionName and port select among the ListenerSet's
 * listeners only, and a route whose parent is the Gateway never reaches them (the
 * ListenerSetGatewayParentSectionNameNotFound and ListenerSetRouteStatusScopedToParentRef
 * conformance tests). A ListenerSet missing from the input gives NoMatchingParent; one that is
 * not accepted has no listener that takes routes (NotAllowedByListeners).
 */
export function attachToListenerSet(
  route: RouteModel,
  ref: NormalizedParentRef,
  listenerSets: ReadonlyMap<string, ListenerSetJudgement>,
  inventory: Pick<Inventory, 'namespaceLabels'>,
): Attachment {
  const key = `${ref.namespace}/${ref.name}`;
  const judged = listenerSets.get(key);
  if (!judged) {
    return {
      accepted: condition(
        'Accepted',
        false,
        'NoMatchingParent',
        `ListenerSet ${key} does not exist`,
      ),
      listeners: [],
    };
  }
  return attachToGateway(
    route,
    ref,
    judged.listenerSet,
    judged.listeners,
    inventory.namespaceLabels,
  );
}

/**
 * The key of a listener in the analysis' attached-routes map: `gatewayNamespace/gatewayName/listener`
 * for a Gateway's, `ListenerSet/namespace/name/listener` for a ListenerSet's (listener names
 * need not be unique across a Gateway and its ListenerSets).
 */
export function attachmentKey(
  parent: { gatewayKey?: string; listenerSetKey?: string },
  listener: string,
): string {
  return parent.listenerSetKey
    ? `ListenerSet/${parent.listenerSetKey}/${listener}`
    : `${parent.gatewayKey}/${listener}`;
}
