import type { KubernetesObject } from '../kubernetes/objects';
import {
  backendServiceKeys,
  isRouteKind,
  parentGatewayKeys,
  routeHostnames,
} from '../kubernetes/routeReferences';
import { clusterKindOf } from './clusterKinds';
import type { ClusterObjects } from './types';

function present<T>(values: Array<T | undefined>): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/** `namespace/name` -> [namespace, name]. */
function split(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
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
 * Routes that may compete with a route for a hostname, found through the hostname lookup: those
 * with one of its hostnames, a wildcard covering one, or no hostnames at all. A route with a
 * wildcard or without hostnames may compete with any route on its Gateways.
 */
function competitors(
  objects: ClusterObjects,
  hostnames: string[],
  gateways: Array<[string, string]>,
): KubernetesObject[] {
  if (hostnames.length === 0 || hostnames.some(h => h.startsWith('*'))) {
    return gateways.flatMap(([namespace, name]) =>
      objects.routesOnGateway(namespace, name),
    );
  }
  return ['', ...hostnames.flatMap(coveringHostnames)].flatMap(hostname =>
    objects.routesForHostname(hostname),
  );
}

/**
 * Everything the Gateway API analysis of one route depends on: the route, its parent Gateways
 * and their classes, the routes on those Gateways that may compete with it for a hostname, its
 * backend Services, and every Namespace, ReferenceGrant and Certificate. Analysing these gives
 * the route the same conditions as analysing the whole cluster, at the cost of its
 * neighbourhood. The route need not be in the cluster (a requested one is analysed this way).
 *
 * @public
 */
export function routeNeighbourhood(
  objects: ClusterObjects,
  route: KubernetesObject,
): KubernetesObject[] {
  const kind = clusterKindOf(route);
  if (!kind || !isRouteKind(kind)) return [route];
  const hostnames = routeHostnames(kind, route);
  const gatewayKeySet = new Set(parentGatewayKeys(kind, route));
  const gatewayNames = [...gatewayKeySet]
    .filter(key => key.startsWith('gateway/'))
    .map(key => split(key.slice('gateway/'.length)));
  const gateways = present(
    gatewayNames.map(([namespace, name]) =>
      objects.get('gateway', namespace, name),
    ),
  );
  const gatewayClasses = present(
    gateways.map(gateway =>
      objects.get('gatewayClass', '', gateway.spec?.gatewayClassName ?? ''),
    ),
  );
  const neighbours = new Set<KubernetesObject>([route]);
  for (const other of competitors(objects, hostnames, gatewayNames)) {
    const otherKind = clusterKindOf(other);
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
      objects.get('service', ...split(key)),
    ),
  );
  return [
    ...objects.list('namespace'),
    ...objects.list('referenceGrant'),
    ...objects.list('certificate'),
    ...gatewayClasses,
    ...gateways,
    ...services,
    ...neighbours,
  ];
}
