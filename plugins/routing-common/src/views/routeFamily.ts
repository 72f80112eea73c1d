import type { RouteFamily, RouteKind } from '../types/routes';

const FAMILIES: Record<RouteKind, RouteFamily> = {
  HTTPRoute: 'gateway-api',
  GRPCRoute: 'gateway-api',
  TLSRoute: 'gateway-api',
  VirtualService: 'mesh',
  Ingress: 'ingress',
};

/**
 * The Routing tab's group for a route kind: Gateway API, mesh (Istio) or legacy Ingress.
 *
 * @public
 */
export function routeFamily(kind: RouteKind): RouteFamily {
  return FAMILIES[kind];
}
