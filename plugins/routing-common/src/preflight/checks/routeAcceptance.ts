import type { KubernetesObject } from '../../kubernetes/objects';
import { analyzeGatewayApi } from '../../semantics/analyzeGatewayApi';
import type { Analysis } from '../../semantics/types';
import type { RouteCondition } from '../../types/routes';
import { routeNeighbourhood } from '../routeNeighbourhood';
import type { ClusterObjects } from '../types';

function sameObject(a: KubernetesObject, b: KubernetesObject): boolean {
  return (
    a.kind === b.kind &&
    a.metadata?.namespace === b.metadata?.namespace &&
    a.metadata?.name === b.metadata?.name
  );
}

/**
 * The Gateway API analysis of routes that are not in the cluster yet, together with the
 * neighbourhood of each (see routeNeighbourhood): what their Gateways would say of them. A
 * cluster object of the same kind, namespace and name as a proposed route is left out, as the
 * proposed one would replace it.
 */
export function analyzeProposedRoutes(
  objects: ClusterObjects,
  routes: KubernetesObject[],
): Analysis {
  const neighbourhood = new Set<KubernetesObject>(routes);
  for (const route of routes) {
    for (const object of routeNeighbourhood(objects, route)) {
      if (routes.includes(object)) continue;
      if (routes.some(proposed => sameObject(proposed, object))) continue;
      neighbourhood.add(object);
    }
  }
  return analyzeGatewayApi([...neighbourhood]);
}

/** The False conditions an analysis gives a route, over all its parents, in their order. */
export function refusedConditions(
  analysis: Analysis,
  route: KubernetesObject,
): RouteCondition[] {
  const analyzed = analysis.routes.find(
    candidate =>
      candidate.kind === route.kind &&
      candidate.namespace === (route.metadata?.namespace ?? 'default') &&
      candidate.name === route.metadata?.name,
  );
  return (analyzed?.parents ?? [])
    .flatMap(parent => parent.conditions)
    .filter(condition => condition.status === 'False');
}
