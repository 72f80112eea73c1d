import {
  KubernetesObject,
  routeFamily,
  RouteView,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { EntitySelector } from './entitySelector';
import { clusterLookups } from './clusterLookups';
import { withExplainedParents } from './explainParents';
import { withListenerCertificates } from './withListenerCertificates';
import { withBackendTls } from './withBackendTls';
import { once } from '../../lib/once';
import { withPredictedConditions } from './predictedConditions';
import { analyzeRoute } from './routeAnalysis';
import { routeKindOf, routeView } from './routeViews';

export { gatewayLookup } from './clusterLookups';

function byKindAndKey(a: KubernetesObject, b: KubernetesObject): number {
  const key = (o: KubernetesObject) =>
    `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`;
  return key(a).localeCompare(key(b));
}

/**
 * The routes of one cluster that belong to an entity, of every route kind (HTTPRoute,
 * GRPCRoute, TLSRoute, VirtualService, Ingress): those labelled for it, and those whose
 * backends (VirtualService destinations, Ingress backends) are one of its Services even when
 * the route itself carries no label, found through the cache's indexes. Gateway API parents
 * without fresh status get the conditions the Gateway API analysis predicts for the route, every
 * False condition its explanation, each TLS listener its certificates, and each backend the
 * BackendTLSPolicy that governs it;
 * VirtualServices and Ingresses, which no controller writes route status for, come with
 * Portway's own predictions from their views. `pending` are the cluster's routes in GitOps
 * changes not merged yet, which Ingresses' migration states count as requested.
 */
export function entityRouteViews(
  cache: ClusterCacheReader,
  selector: EntitySelector,
  pending: KubernetesObject[] = [],
): RouteView[] {
  const selected = selector.selectFrom(cache);
  const matchedBy = new Map<KubernetesObject, RouteView['matchedBy']>();
  for (const object of selected) {
    if (routeKindOf(object)) matchedBy.set(object, 'label');
  }
  for (const service of selected.filter(o => o.kind === 'Service')) {
    const { namespace = 'default', name = '' } = service.metadata ?? {};
    for (const route of cache.routesToService(namespace, name)) {
      if (routeKindOf(route) && !matchedBy.has(route)) {
        matchedBy.set(route, 'backend');
      }
    }
  }
  const lookups = clusterLookups(cache, pending);
  return [...matchedBy]
    .sort(([a], [b]) => byKindAndKey(a, b))
    .flatMap(([route, by]) => {
      const view = routeView(route, {
        cluster: cache.name,
        matchedBy: by,
        lookups,
      });
      if (!view) return [];
      if (routeFamily(view.kind) !== 'gateway-api') return [view];
      const analysis = once(() => analyzeRoute(cache, route));
      const predicted = withPredictedConditions(view, route, analysis);
      return [
        withBackendTls(
          withListenerCertificates(
            withExplainedParents(predicted, route, cache),
            lookups,
          ),
          lookups,
          analysis,
        ),
      ];
    });
}
