import { intersectHostname } from '../gatewayApi/hostnames';
import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { KubernetesObject } from '../kubernetes/objects';
import type {
  IngressDetails,
  IngressHostMigration,
  MigrationRouteRef,
} from '../types/routes';
import { ingressHostPaths, IngressHostPaths } from './ingressHostPaths';
import { routeCoversPath } from './ingressPathCoverage';
import { describeRoute, migrationVerdict } from './ingressMigrationVerdict';

/**
 * What a cluster knows of one Gateway API route, beyond its identity.
 *
 * @public
 */
export type RouteStanding = Omit<
  MigrationRouteRef,
  'kind' | 'namespace' | 'name'
>;

/**
 * The Gateway API routes of a cluster, live and pending, as an Ingress's migration reads them.
 *
 * @public
 */
export interface GatewayRouteLookup {
  /**
   * Routes of every kind that list `hostname` exactly as written: the cluster's, and those of
   * GitOps changes not merged yet (pending).
   */
  forHostname(hostname: string): KubernetesObject[];
  /**
   * The route's health, whether it is pending, and what its parents' controllers said of it
   * in its status (`accepted`, `refusedBecause`); a prediction does not count.
   */
  standingOf(route: KubernetesObject): RouteStanding;
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
  { hostname, paths }: IngressHostPaths,
  routes: GatewayRouteLookup,
): IngressHostMigration {
  const seen = new Set<KubernetesObject>();
  const serving = coveringHostnames(hostname)
    .flatMap(candidate => routes.forHostname(candidate))
    .filter(route => {
      if (seen.has(route) || !isTarget(route)) return false;
      seen.add(route);
      const listed: string[] = route.spec?.hostnames ?? [];
      return listed.some(listedHostname => covers(listedHostname, hostname));
    })
    .map(route => ({
      route,
      ref: {
        kind: route.kind!,
        namespace: route.metadata?.namespace ?? 'default',
        name: route.metadata?.name ?? '',
        ...routes.standingOf(route),
      } as MigrationRouteRef,
    }));
  const proven = serving.filter(({ ref }) => ref.accepted && !ref.pending);
  return {
    hostname,
    servedBy: serving.map(({ ref }) => ref),
    paths: paths.map(path => {
      const by = proven.find(({ route }) => routeCoversPath(route, path));
      return {
        pathType: path.pathType,
        path: path.path,
        ...(by ? { coveredBy: describeRoute(by.ref) } : {}),
      };
    }),
  };
}

/**
 * How far an Ingress's move to the Gateway API has come, host by host (the hosts of its
 * rules): the HTTPRoutes and GRPCRoutes of the same cluster, live or pending, whose hostnames
 * cover the host (the host itself, or a wildcard above it), and for each path of the host the
 * accepted live route whose rules take its requests (see `routeCoversPath`). The state:
 * - `not-started`: no route, live or pending, serves any host;
 * - `requested`: routes exist, but only pending ones, or live ones no controller has judged;
 * - `partial`: accepted live routes serve some hosts or paths, not all;
 * - `refused`: a parent refused a live route serving a host (the message names the route,
 *   the parent and its reason), and the hosts are not all covered anyway;
 * - `complete`: every host and every path is covered by an accepted live route:
 *   `safeToRemove`.
 */
export function ingressMigration(
  ingress: KubernetesObject,
  routes: GatewayRouteLookup,
): IngressDetails['migration'] {
  const hosts = ingressHostPaths(ingress).map(host =>
    hostMigration(host, routes),
  );
  const verdict = migrationVerdict(hosts);
  return { ...verdict, safeToRemove: verdict.state === 'complete', hosts };
}
