import {
  gatewayRouteView,
  KubernetesObject,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { kindNameOf, KindName } from '../../clusters/resourceKinds';
import { splitObjectKey } from '../../clusters/cache/routeReferences';
import type { EntitySelector } from './entitySelector';
import { withPredictedConditions } from './predictedConditions';
import { analyzeRoute } from './routeAnalysis';

/** The route kinds the routing answer shows so far. */
const shownRouteKinds = new Set<KindName>(['httpRoute', 'grpcRoute']);

function isShownRoute(object: KubernetesObject): boolean {
  const kind = kindNameOf(object);
  return kind !== undefined && shownRouteKinds.has(kind);
}

function byKindAndKey(a: KubernetesObject, b: KubernetesObject): number {
  const key = (o: KubernetesObject) =>
    `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`;
  return key(a).localeCompare(key(b));
}

/** A cluster's Gateways by `namespace/name`, looked up in its cache. */
export function gatewayLookup(cache: ClusterCacheReader) {
  return {
    get: (key: string) => cache.get('gateway', ...splitObjectKey(key)),
  };
}

/**
 * The routes of one cluster that belong to an entity: those labelled for it, and those whose
 * backends are one of its Services even when the route itself carries no label, found
 * through the cache's indexes. Parents without fresh status get the conditions the Gateway
 * API analysis predicts for the route.
 */
export function entityRouteViews(
  cache: ClusterCacheReader,
  selector: EntitySelector,
): RouteView[] {
  const selected = selector.selectFrom(cache);
  const matchedBy = new Map<KubernetesObject, RouteView['matchedBy']>();
  for (const object of selected) {
    if (isShownRoute(object)) matchedBy.set(object, 'label');
  }
  for (const service of selected.filter(o => o.kind === 'Service')) {
    const { namespace = 'default', name = '' } = service.metadata ?? {};
    for (const route of cache.routesToService(namespace, name)) {
      if (isShownRoute(route) && !matchedBy.has(route)) {
        matchedBy.set(route, 'backend');
      }
    }
  }
  const gateways = gatewayLookup(cache);
  return [...matchedBy]
    .sort(([a], [b]) => byKindAndKey(a, b))
    .map(([route, by]) =>
      withPredictedConditions(
        gatewayRouteView(route, {
          cluster: cache.name,
          gateways,
          matchedBy: by,
        }),
        route,
        () => analyzeRoute(cache, route),
      ),
    );
}
