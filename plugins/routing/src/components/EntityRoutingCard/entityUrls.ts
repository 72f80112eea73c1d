import type { RouteSummary, RouteView } from '@portway/plugin-routing-common';

/** One URL of the entity, with the health of the best route that serves it. */
export interface EntityUrl {
  url: string;
  summary: RouteSummary;
}

/** Ready URLs first, then those that may work, refused ones last. */
const ORDER: RouteSummary[] = [
  'ready',
  'degraded',
  'pending',
  'unknown',
  'failed',
];

/**
 * The entity's URLs across all its routes, each once, the ready ones first: a URL that one
 * route serves ready and another one refused counts as ready. Within one health, the routes'
 * order is kept.
 */
export function entityUrls(routes: RouteView[]): EntityUrl[] {
  const ordered = ORDER.flatMap(summary =>
    routes.filter(route => route.summary === summary),
  );
  const seen = new Map<string, EntityUrl>();
  for (const route of ordered) {
    for (const url of route.urls) {
      if (!seen.has(url)) seen.set(url, { url, summary: route.summary });
    }
  }
  return [...seen.values()];
}
