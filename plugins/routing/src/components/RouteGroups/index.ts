export { RouteGroups } from './RouteGroups';
export type { RouteGroupsProps } from './RouteGroups';
export { filterRoutes, routeSearchText } from './filterRoutes';
export { summaryCounts } from './groupRoutes';
