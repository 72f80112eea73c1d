import {
  Analysis,
  analyzeGatewayApi,
  KubernetesObject,
  routeNeighbourhood,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { clusterObjects } from '../../clusters/preflightClusters';

/**
 * The conditions the Gateway API analysis predicts for one route, computed from only what
 * they depend on (its neighbourhood: parent Gateways and classes, routes that may compete with
 * it for a hostname, its Services, Namespaces, ReferenceGrants and Certificates). So a
 * prediction costs the route's neighbourhood, not the cluster's size.
 */
export function analyzeRoute(
  cache: ClusterCacheReader,
  route: KubernetesObject,
): Analysis {
  return analyzeGatewayApi(routeNeighbourhood(clusterObjects(cache), route));
}
