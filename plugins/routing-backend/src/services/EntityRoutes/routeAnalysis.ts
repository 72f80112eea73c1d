import {
  Analysis,
  analyzeGatewayApi,
  backendServiceKeys,
  clusterKindOf,
  isRouteKind,
  KubernetesObject,
  routeNeighbourhood,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { clusterObjects } from '../../clusters/preflightClusters';
import { analysisInput } from '../../clusters/analysisInput';
import { backendTlsPolicyLookup } from './clusterLookups';

/**
 * The conditions the Gateway API analysis predicts for one route, computed from only what
 * they depend on (its neighbourhood: parent Gateways and classes, routes that may compete with
 * it for a hostname, its Services, Namespaces, ReferenceGrants and Certificates, with the
 * ListenerSets and certificate Secrets `analysisInput` adds, and the BackendTLSPolicies on its
 * backend Services, whose conditions under its Gateways are predicted too). So a
 * prediction costs the route's neighbourhood, not the cluster's size.
 */
export function analyzeRoute(
  cache: ClusterCacheReader,
  route: KubernetesObject,
): Analysis {
  const kind = clusterKindOf(route);
  const policies =
    kind && isRouteKind(kind)
      ? backendServiceKeys(kind, route).flatMap(backendTlsPolicyLookup(cache))
      : [];
  return analyzeGatewayApi(
    ...analysisInput(cache, [
      ...routeNeighbourhood(clusterObjects(cache), route),
      ...new Set(policies),
    ]),
  );
}
