import {
  Analysis,
  analyzeGatewayApi,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import {
  backendServiceKeys,
  isRouteKind,
  parentGatewayKeys,
  routeHostnames,
} from '../../clusters/cache/routeReferences';
import { kindNameOf } from '../../clusters/resourceKinds';

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

function present<T>(values: Array<T | undefined>): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/**
 * Whether two routes on one Gateway may compete for a hostname: when either has no hostnames
 * (it takes the listener's) or a wildcard, or they share one. Errs on the side of yes.
 */
function mayShareHostname(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if ([...a, ...b].some(hostname => hostname.startsWith('*'))) return true;
  return a.some(hostname => b.includes(hostname));
}

/**
 * The conditions the Gateway API analysis predicts for one route, computed from only what
 * they depend on: the route's parent Gateways and their classes, the routes on those Gateways
 * that may compete with it for a hostname, its backend Services, every Namespace, ReferenceGrant
 * and Certificate. So a prediction costs the route's neighbourhood, not the cluster's size.
 */
export function analyzeRoute(
  cache: ClusterCacheReader,
  route: KubernetesObject,
): Analysis {
  const kind = kindNameOf(route);
  if (!kind || !isRouteKind(kind)) return analyzeGatewayApi([route]);
  const hostnames = routeHostnames(kind, route);
  const gatewayKeys = parentGatewayKeys(kind, route)
    .filter(key => key.startsWith('gateway/'))
    .map(key => splitKey(key.slice('gateway/'.length)));
  const gateways = present(
    gatewayKeys.map(([namespace, name]) =>
      cache.get('gateway', namespace, name),
    ),
  );
  const gatewayClasses = present(
    gateways.map(gateway =>
      cache.get('gatewayClass', '', gateway.spec?.gatewayClassName ?? ''),
    ),
  );
  const neighbours = new Set<KubernetesObject>([route]);
  for (const [namespace, name] of gatewayKeys) {
    for (const other of cache.routesOnGateway('gateway', namespace, name)) {
      const otherKind = kindNameOf(other);
      if (
        otherKind &&
        isRouteKind(otherKind) &&
        mayShareHostname(hostnames, routeHostnames(otherKind, other))
      ) {
        neighbours.add(other);
      }
    }
  }
  const services = present(
    backendServiceKeys(kind, route).map(key =>
      cache.get('service', ...splitKey(key)),
    ),
  );
  return analyzeGatewayApi([
    ...cache.list('namespace'),
    ...cache.list('referenceGrant'),
    ...cache.list('certificate'),
    ...gatewayClasses,
    ...gateways,
    ...services,
    ...neighbours,
  ]);
}
