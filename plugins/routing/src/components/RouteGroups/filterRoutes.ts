import type { RouteView } from '@portway/plugin-routing-common';

/** The words a route is found by in the filter box. */
export function routeSearchText(route: RouteView): string {
  return [
    route.cluster,
    route.kind,
    `${route.namespace}/${route.name}`,
    route.summary,
    ...route.hostnames,
    ...route.urls,
    ...route.parents.map(
      parent => `${parent.ref.namespace ?? ''}/${parent.ref.name}`,
    ),
    ...route.backends.map(backend => `${backend.namespace}/${backend.name}`),
  ]
    .join(' ')
    .toLowerCase();
}

/**
 * The routes whose cluster, kind, name, summary, hostnames, URLs, parents or backends contain
 * every word of the query (case-insensitive); all of them for an empty query.
 */
export function filterRoutes(
  routes: RouteView[],
  searchTexts: Map<RouteView, string>,
  query: string,
): RouteView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return routes;
  }
  return routes.filter(route => {
    const text = searchTexts.get(route) ?? routeSearchText(route);
    return words.every(word => text.includes(word));
  });
}
