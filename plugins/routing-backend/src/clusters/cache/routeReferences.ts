export {
  routeKindNames,
  isRouteKind,
  backendServiceKeys,
  parentGatewayKeys,
  routeHostnames,
} from '@portway/plugin-routing-common';
export type { RouteKindName } from '@portway/plugin-routing-common';

/** `namespace/name` -> [namespace, name], the inverse of the keys the route references make. */
export function splitObjectKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}
