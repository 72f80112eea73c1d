import type {
  ClusterStatus,
  EntityRoutesResponse,
  RouteView,
} from '@portway/plugin-routing-common';

/** How the health line should look: the colour of its status icon. */
export type HealthSeverity = 'ok' | 'info' | 'warning' | 'error';

/** The one line of the routing card that says how the entity's routes are doing. */
export interface HealthLine {
  severity: HealthSeverity;
  text: string;
}

/** Routes named in a line before the rest is counted as "and N more". */
const NAMED_ROUTES = 2;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The reason of the first False condition, Accepted before the others. */
function falseReason(route: RouteView): string | undefined {
  const conditions = route.parents.flatMap(parent => parent.conditions);
  const refused = conditions.filter(c => c.status === 'False');
  return (refused.find(c => c.type === 'Accepted') ?? refused[0])?.reason;
}

/** `storefront-admin (NotAllowedByListeners), checkout (BackendNotFound) and 1 more`. */
function nameRoutes(routes: RouteView[]): string {
  const named = routes.slice(0, NAMED_ROUTES).map(route => {
    const reason = falseReason(route);
    return reason ? `${route.name} (${reason})` : route.name;
  });
  const rest = routes.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

function routeTrouble(
  routes: RouteView[],
  summary: 'failed' | 'degraded',
  verb: string,
): string | undefined {
  const troubled = routes.filter(route => route.summary === summary);
  if (troubled.length === 0) return undefined;
  const of =
    troubled.length === routes.length && routes.length === 1
      ? '1 route'
      : `${troubled.length} of ${plural(routes.length, 'route')}`;
  return `${of} ${verb}: ${nameRoutes(troubled)}`;
}

function clusterTrouble(
  clusters: ClusterStatus[],
  state: 'error' | 'stale',
  words: (count: number) => string,
): string | undefined {
  const troubled = clusters.filter(cluster => cluster.state === state);
  if (troubled.length === 0) return undefined;
  const names = troubled.map(cluster => cluster.name).join(', ');
  const noun = troubled.length === 1 ? 'cluster' : 'clusters';
  return `${noun} ${names} ${words(troubled.length)}`;
}

function clusterCount(routes: RouteView[]): number {
  return new Set(routes.map(route => route.cluster)).size;
}

/** `2 of 3 routes ready, 1 pending, 1 without status`, or `3 routes ready in 2 clusters`. */
function readiness(routes: RouteView[]): HealthLine {
  const ready = routes.filter(route => route.summary === 'ready').length;
  if (ready === routes.length) {
    return {
      severity: 'ok',
      text: `${plural(ready, 'route')} ready in ${plural(
        clusterCount(routes),
        'cluster',
      )}`,
    };
  }
  const pending = routes.filter(route => route.summary === 'pending').length;
  const unknown = routes.length - ready - pending;
  const rest = [
    pending > 0 ? `${pending} pending` : undefined,
    unknown > 0 ? `${unknown} without status` : undefined,
  ].filter(Boolean);
  return {
    severity: 'info',
    text: `${ready} of ${plural(routes.length, 'route')} ready, ${rest.join(
      ', ',
    )}`,
  };
}

/**
 * The card's one health line for an entity's routes, the worst news first: routes every
 * parent refused (`1 of 4 routes refused: storefront-admin (NotAllowedByListeners)`), then
 * clusters that could not be read (`cluster prod-us unreachable: showing 2 of 3 clusters`) or
 * serve old data, then degraded routes, then how many are ready (`3 routes ready in 2
 * clusters`). Undefined when there is nothing to say: no routes and every cluster fine.
 */
export function routingHealthLine(
  response: EntityRoutesResponse,
): HealthLine | undefined {
  const { routes, clusters } = response;
  const refused = routeTrouble(routes, 'failed', 'refused');
  if (refused) return { severity: 'error', text: refused };

  const answered = clusters.filter(cluster => cluster.state !== 'error');
  const unreachable = clusterTrouble(
    clusters,
    'error',
    () =>
      `unreachable: showing ${answered.length} of ${plural(
        clusters.length,
        'cluster',
      )}`,
  );
  if (unreachable) return { severity: 'warning', text: unreachable };
  const stale = clusterTrouble(
    clusters,
    'stale',
    count =>
      `not answering: ${
        count === 1 ? 'its' : 'their'
      } routes may be out of date`,
  );
  if (stale) return { severity: 'warning', text: stale };

  const degraded = routeTrouble(routes, 'degraded', 'degraded');
  if (degraded) return { severity: 'warning', text: degraded };
  return routes.length > 0 ? readiness(routes) : undefined;
}
