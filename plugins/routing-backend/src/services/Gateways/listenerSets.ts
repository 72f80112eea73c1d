import {
  GATEWAY_API_GROUP,
  KubernetesObject,
  normalizeParentRef,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';

/** A Gateway or a ListenerSet, as a route's parentRef names it. */
export interface ListenerOwnerRef {
  kind: 'Gateway' | 'ListenerSet';
  namespace: string;
  name: string;
}

/** The Gateway or ListenerSet an object is, as parentRefs name it. */
export function ownerRef(
  kind: ListenerOwnerRef['kind'],
  object: KubernetesObject,
): ListenerOwnerRef {
  return {
    kind,
    namespace: object.metadata?.namespace ?? 'default',
    name: object.metadata?.name ?? '',
  };
}

/** Whether a parentRef, as written in `namespace`, names the Gateway or ListenerSet `owner`. */
export function namesOwner(
  ref: { group?: string; kind?: string; namespace?: string; name: string },
  namespace: string,
  owner: ListenerOwnerRef,
): boolean {
  const normalized = normalizeParentRef(ref, namespace);
  return (
    normalized.group === GATEWAY_API_GROUP &&
    normalized.kind === owner.kind &&
    normalized.namespace === owner.namespace &&
    normalized.name === owner.name
  );
}

/** The cached ListenerSets whose spec.parentRef names the Gateway, accepted or not, by namespace and name. */
export function gatewayListenerSets(
  cache: Pick<ClusterCacheReader, 'list'>,
  gateway: KubernetesObject,
): KubernetesObject[] {
  const owner = ownerRef('Gateway', gateway);
  return cache
    .list('listenerSet')
    .filter(listenerSet =>
      namesOwner(
        listenerSet.spec?.parentRef ?? { name: '' },
        listenerSet.metadata?.namespace ?? 'default',
        owner,
      ),
    )
    .sort((a, b) =>
      `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(
        `${b.metadata?.namespace}/${b.metadata?.name}`,
      ),
    );
}

/** The cached routes with a parentRef to one of the ListenerSets (the cache indexes them by parent). */
export function routesOnListenerSets(
  cache: Pick<ClusterCacheReader, 'routesOnGateway'>,
  listenerSets: KubernetesObject[],
): KubernetesObject[] {
  return listenerSets.flatMap(listenerSet =>
    cache.routesOnGateway(
      'listenerSet',
      listenerSet.metadata?.namespace ?? 'default',
      listenerSet.metadata?.name ?? '',
    ),
  );
}
