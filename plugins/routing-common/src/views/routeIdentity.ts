import { KubernetesObject, objectKey } from '../kubernetes/objects';
import type { RouteKind, RouteView } from '../types/routes';

/** The fields of a route view that say which object it is and why the entity sees it. */
export type RouteIdentity = Pick<
  RouteView,
  'cluster' | 'kind' | 'namespace' | 'name' | 'matchedBy' | 'creationTimestamp'
>;

/**
 * The identity part every route view shares, whatever the kind: the cluster and the reason it
 * matched from `context`, kind, namespace (`default` when unset), name and creation time
 * (ISO 8601, left out when the object has none) from the object.
 */
export function routeIdentity(
  object: KubernetesObject,
  context: { cluster: string; matchedBy: RouteView['matchedBy'] },
): RouteIdentity {
  const created = object.metadata?.creationTimestamp;
  return {
    cluster: context.cluster,
    kind: object.kind as RouteKind,
    namespace: object.metadata?.namespace ?? 'default',
    name: object.metadata?.name ?? objectKey(object),
    matchedBy: context.matchedBy,
    ...(created ? { creationTimestamp: new Date(created).toISOString() } : {}),
  };
}
