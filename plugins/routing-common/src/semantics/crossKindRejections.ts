import type { KubernetesObject } from '../kubernetes/objects';
import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import type { Inventory } from './model';
import { routeDetails, routeKey } from './routeMatches';
import { findConflicts } from './routeConflicts';
import type { ListenerAttachment } from './routeConflicts';

/**
 * The reason given to the route rejected in an HTTPRoute/GRPCRoute hostname conflict. The
 * GRPCRoute spec (v1.6) says only that "The rejected Route MUST raise an 'Accepted' condition
 * with a status of 'False'" and names no reason; of the standard route reasons,
 * NotAllowedByListeners ("the Gateway has no Listener whose allowedRoutes criteria permit the
 * route") is the closest: the listener takes the other route instead.
 */
export const CROSS_KIND_REJECTION_REASON = 'NotAllowedByListeners';

/**
 * For each route that loses an HTTPRoute/GRPCRoute hostname conflict (the GRPCRoute spec: on
 * one listener, exactly one of the two is accepted: the oldest, then the first by
 * `namespace/name`), the Accepted=False condition it gets, by route key
 * (`kind/namespace/name`) and then by `gatewayNamespace/gatewayName/listener`.
 */
export function crossKindRejections(
  objects: KubernetesObject[],
  inventory: Inventory,
  attachments: ListenerAttachment[],
): Map<string, Map<string, RouteCondition>> {
  const rejections = new Map<string, Map<string, RouteCondition>>();
  const conflicts = findConflicts(
    routeDetails(objects),
    inventory,
    attachments,
  );
  for (const { winner, loser, hostnames, places } of conflicts) {
    if (winner.route.kind === loser.route.kind) continue;
    const { kind, namespace, name } = loser.route;
    const key = routeKey(kind, namespace, name);
    const byListener = rejections.get(key) ?? new Map();
    for (const { gatewayKey, listener } of attachments.filter(
      a => a.route === loser.route,
    )) {
      const place = `${gatewayKey}/${listener}`;
      const conflicted = places.includes(
        `listener ${listener} of Gateway ${gatewayKey}`,
      );
      if (!conflicted || byListener.has(place)) continue;
      byListener.set(
        place,
        condition(
          'Accepted',
          false,
          CROSS_KIND_REJECTION_REASON,
          `listener ${listener} accepts ${winner.name} instead, which claims ${[
            ...hostnames,
          ].join(
            ', ',
          )} too (an HTTPRoute and a GRPCRoute sharing a hostname on a listener are not merged: only the older one, then the first by namespace/name, is accepted)`,
        ),
      );
    }
    rejections.set(key, byListener);
  }
  return rejections;
}
