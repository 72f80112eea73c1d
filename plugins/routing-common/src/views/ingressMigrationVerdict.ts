import type {
  IngressHostMigration,
  IngressMigrationState,
  MigrationRouteRef,
} from '../types/routes';

/** An Ingress's migration state and the sentence that says it. */
export interface MigrationVerdict {
  state: IngressMigrationState;
  message: string;
}

/** `HTTPRoute shop/storefront`. */
export function describeRoute(
  route: Pick<MigrationRouteRef, 'kind' | 'namespace' | 'name'>,
): string {
  return `${route.kind} ${route.namespace}/${route.name}`;
}

const isProven = (route: MigrationRouteRef) => route.accepted && !route.pending;

const isCovered = (host: IngressHostMigration) =>
  host.servedBy.some(isProven) && host.paths.every(path => path.coveredBy);

/** `shop.example.com /api is not served ...`, naming the first gap and counting the others. */
function gapMessage(hosts: IngressHostMigration[]): string {
  const gaps = hosts.flatMap(host =>
    host.servedBy.some(isProven)
      ? host.paths
          .filter(path => !path.coveredBy)
          .map(path => `${host.hostname} ${path.path}`)
      : [host.hostname],
  );
  const [first, ...others] = gaps;
  const more =
    others.length > 0
      ? ` (and ${others.length} more ${others.length === 1 ? 'gap' : 'gaps'})`
      : '';
  return `${first} is not served by any Gateway API route yet${more}`;
}

function requestedMessage(routes: MigrationRouteRef[]): string {
  const waiting = routes.find(route => !route.pending) ?? routes[0];
  return waiting.pending
    ? `${describeRoute(waiting)} is in a GitOps change not merged yet`
    : `${describeRoute(
        waiting,
      )} is live, but not every parent Gateway has accepted it yet`;
}

function notStartedMessage(hosts: IngressHostMigration[]): string {
  return hosts.length === 0
    ? 'No Gateway API route can be matched to this Ingress: its rules name no host'
    : `No Gateway API route serves ${hosts
        .map(host => host.hostname)
        .join(', ')} yet`;
}

/**
 * The state of an Ingress's move from its hosts' routes and path coverage: `complete` when
 * every host is covered (an accepted live route, and every path covered), else `refused` when
 * a parent refused a live route, `partial` when an accepted live route serves some host,
 * `requested` when only pending or not yet judged routes serve them, `not-started` when none.
 */
export function migrationVerdict(
  hosts: IngressHostMigration[],
): MigrationVerdict {
  const routes = hosts.flatMap(host => host.servedBy);
  if (routes.length === 0) {
    return { state: 'not-started', message: notStartedMessage(hosts) };
  }
  if (hosts.every(isCovered)) {
    return {
      state: 'complete',
      message:
        'Every host and path is served by accepted Gateway API routes: the Ingress can be removed',
    };
  }
  const refused = routes.find(route => !route.pending && route.refusedBecause);
  if (refused) {
    return {
      state: 'refused',
      message: `${describeRoute(refused)} was refused by ${
        refused.refusedBecause
      }`,
    };
  }
  if (routes.some(isProven)) {
    return { state: 'partial', message: gapMessage(hosts) };
  }
  return { state: 'requested', message: requestedMessage(routes) };
}
