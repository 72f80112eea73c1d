import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { EntitySelector } from '../EntityRoutes/entitySelector';
import { routeKindOf } from '../EntityRoutes/routeViews';

const isVirtualService = (object: KubernetesObject) =>
  routeKindOf(object) === 'virtualService';

/**
 * The VirtualServices of one cluster that belong to an entity, found as the Routing tab finds
 * them (labelled for it, or routing to one of its Services), followed by the cluster's Services,
 * which the mesh converter reads to resolve hosts and ports. Empty when the entity has no
 * VirtualService in the cluster: its Services alone convert to nothing.
 */
export function entityVirtualServices(
  cache: ClusterCacheReader,
  selector: EntitySelector,
): KubernetesObject[] {
  const selected = selector.selectFrom(cache);
  const found = new Set(selected.filter(isVirtualService));
  for (const service of selected.filter(o => o.kind === 'Service')) {
    const { namespace = 'default', name = '' } = service.metadata ?? {};
    for (const route of cache.routesToService(namespace, name)) {
      if (isVirtualService(route)) found.add(route);
    }
  }
  if (found.size === 0) return [];
  const key = (o: KubernetesObject) =>
    `${o.metadata?.namespace}/${o.metadata?.name}`;
  return [
    ...[...found].sort((a, b) => key(a).localeCompare(key(b))),
    ...cache.list('service'),
  ];
}
