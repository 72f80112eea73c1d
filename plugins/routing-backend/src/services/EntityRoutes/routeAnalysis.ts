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
  splitObjectKey,
} from '../../clusters/cache/routeReferences';
import { kindNameOf } from '../../clusters/resourceKinds';

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

/** The hostname itself and every wildcard that covers it: `a.b.c` -> `a.b.c`, `*.b.c`, `*.c`. */
function coveringHostnames(hostname: string): string[] {
  const labels = hostname.split('.');
  return [
    hostname,
    ...labels.slice(1).map((_, i) => `*.${labels.slice(i + 1).join('.')}`),
  ];
}

/**
 * Routes that may compete with a route for a hostname, found through the hostname index: those
 * with one of its hostnames, a wildcard covering one, or no hostnames at all. A route with a
 * wildcard or without hostnames may compete with any route on its Gateways.
 */
function competitors(
  cache: ClusterCacheReader,
  hostnames: string[],
  gatewayKeys: Array<[string, string]>,
): KubernetesObject[] {
  if (hostnames.length === 0 || hostnames.some(h => h.startsWith('*'))) {
    return gatewayKeys.flatMap(([namespace, name]) =>
      cache.routesOnGateway('gateway', namespace, name),
    );
  }
  return ['', ...hostnames.flatMap(coveringHostnames)].flatMap(hostname =>
    cache.routesForHostname(hostname),
  );
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
    .map(key => splitObjectKey(key.slice('gateway/'.length)));
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
  const gatewayKeySet = new Set(parentGatewayKeys(kind, route));
  const neighbours = new Set<KubernetesObject>([route]);
  for (const other of competitors(cache, hostnames, gatewayKeys)) {
    const otherKind = kindNameOf(other);
    if (
      otherKind &&
      isRouteKind(otherKind) &&
      parentGatewayKeys(otherKind, other).some(key => gatewayKeySet.has(key)) &&
      mayShareHostname(hostnames, routeHostnames(otherKind, other))
    ) {
      neighbours.add(other);
    }
  }
  const services = present(
    backendServiceKeys(kind, route).map(key =>
      cache.get('service', ...splitObjectKey(key)),
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
