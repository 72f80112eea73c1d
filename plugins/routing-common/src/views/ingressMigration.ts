import { intersectHostname } from '../gatewayApi/hostnames';
import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { KubernetesObject } from '../kubernetes/objects';
import type {
  IngressDetails,
  IngressHostMigration,
  RouteSummary,
} from '../types/routes';

/** The Gateway API routes of a cluster, as an Ingress's migration state reads them. */
export interface GatewayRouteLookup {
  /** Routes of every kind that list `hostname` exactly as written. */
  forHostname(hostname: string): KubernetesObject[];
  /** A route's one-word health, as its own view gives it. */
  summaryOf(route: KubernetesObject): RouteSummary;
}

/** The kinds an Ingress moves to. */
const TARGET_KINDS = ['HTTPRoute', 'GRPCRoute'];

/**
 * The hostnames whose routes may cover `hostname`: itself and each wildcard above it
 * (`a.b.example.com`, `*.b.example.com`, `*.example.com`, `*.com`), so a lookup of exact
 * hostnames finds routes written with a wildcard too.
 */
function coveringHostnames(hostname: string): string[] {
  const labels = hostname.split('.');
  const wildcards = labels
    .slice(1)
    .map((_, i) => `*.${labels.slice(i + 1).join('.')}`);
  return [...new Set([hostname, ...wildcards])];
}

function isTarget(route: KubernetesObject): boolean {
  const group = (route.apiVersion ?? '').split('/')[0];
  return TARGET_KINDS.includes(route.kind ?? '') && group === GATEWAY_API_GROUP;
}

/** Whether a route hostname takes every request for `hostname` (Gateway API wildcards). */
function covers(routeHostname: string, hostname: string): boolean {
  return intersectHostname(routeHostname, hostname) === hostname;
}

function hostMigration(
  hostname: string,
  routes: GatewayRouteLookup,
): IngressHostMigration {
  const seen = new Set<KubernetesObject>();
  const servedBy = coveringHostnames(hostname)
    .flatMap(candidate => routes.forHostname(candidate))
    .filter(route => {
      if (seen.has(route) || !isTarget(route)) return false;
      seen.add(route);
      const listed: string[] = route.spec?.hostnames ?? [];
      return listed.some(listedHostname => covers(listedHostname, hostname));
    })
    .map(route => ({
      kind: route.kind!,
      namespace: route.metadata?.namespace ?? 'default',
      name: route.metadata?.name ?? '',
      summary: routes.summaryOf(route),
    }));
  return { hostname, servedBy };
}

/**
 * How far an Ingress's move to the Gateway API has come, host by host: the HTTPRoutes and
 * GRPCRoutes of the same cluster whose hostnames cover the host (the host itself, or a
 * wildcard above it). `not-started` when none serves any host (or the Ingress has no host),
 * `complete` when every host is served by at least one `ready` route, `partial` otherwise.
 */
export function ingressMigration(
  hostnames: string[],
  routes: GatewayRouteLookup,
): IngressDetails['migration'] {
  const hosts = hostnames.map(hostname => hostMigration(hostname, routes));
  const served = hosts.filter(host => host.servedBy.length > 0);
  if (served.length === 0) return { state: 'not-started', hosts };
  const complete = hosts.every(host =>
    host.servedBy.some(route => route.summary === 'ready'),
  );
  return { state: complete ? 'complete' : 'partial', hosts };
}
