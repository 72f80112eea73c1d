import type { RouteFamily, RouteKind, RouteView } from '../types/routes';

const FAMILIES: Record<RouteKind, RouteFamily> = {
  HTTPRoute: 'gateway-api',
  GRPCRoute: 'gateway-api',
  TLSRoute: 'gateway-api',
  TCPRoute: 'gateway-api',
  UDPRoute: 'gateway-api',
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

/**
 * The Routing tab's group for a route view: a mesh route (a Gateway API route with a Service
 * parent) is in the mesh group beside VirtualServices; otherwise its kind's group.
 *
 * @public
 */
export function routeViewFamily(
  view: Pick<RouteView, 'kind' | 'meshRoute'>,
): RouteFamily {
  return view.meshRoute ? 'mesh' : routeFamily(view.kind);
}
