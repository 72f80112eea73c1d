import {
  gatewayRouteView,
  ingressRouteView,
  isRouteKind,
  KubernetesObject,
  RouteKindName,
  RouteView,
  virtualServiceRouteView,
} from '@portway/plugin-routing-common';
import { kindNameOf } from '../../clusters/resourceKinds';
import type { ClusterLookups } from './clusterLookups';

/** Where a route view is built: its cluster, how the entity found it, the cluster's lookups. */
export interface RouteViewContext {
  cluster: string;
  matchedBy: RouteView['matchedBy'];
  lookups: ClusterLookups;
}

type RouteViewBuilder = (
  route: KubernetesObject,
  context: RouteViewContext,
) => RouteView;

const gatewayApiView: RouteViewBuilder = (
  route,
  { cluster, matchedBy, lookups },
) =>
  gatewayRouteView(route, {
    cluster,
    matchedBy,
    gateways: lookups.gateways,
    listenerSets: lookups.listenerSets,
    services: lookups.services,
  });

/** The view builder of each route kind. */
const builders: Record<RouteKindName, RouteViewBuilder> = {
  httpRoute: gatewayApiView,
  grpcRoute: gatewayApiView,
  tlsRoute: gatewayApiView,
  tcpRoute: gatewayApiView,
  udpRoute: gatewayApiView,
  virtualService: (route, { cluster, matchedBy, lookups }) =>
    virtualServiceRouteView(route, {
      cluster,
      matchedBy,
      services: lookups.services,
      istioGateways: lookups.istioGateways,
    }),
  ingress: (route, { cluster, matchedBy, lookups }) =>
    ingressRouteView(route, {
      cluster,
      matchedBy,
      services: lookups.services,
      ingressClasses: lookups.ingressClasses(),
      gatewayRoutes: lookups.gatewayRoutes,
    }),
};

/** The kind of a route object, when it is one of the route kinds Portway shows. */
export function routeKindOf(
  object: KubernetesObject,
): RouteKindName | undefined {
  const kind = kindNameOf(object);
  return kind && isRouteKind(kind) ? kind : undefined;
}

/**
 * The Routing tab's view of a route of any kind (HTTPRoute, GRPCRoute, TLSRoute,
 * VirtualService, Ingress), built by its kind's view; undefined for other objects.
 */
export function routeView(
  route: KubernetesObject,
  context: RouteViewContext,
): RouteView | undefined {
  const kind = routeKindOf(route);
  return kind ? builders[kind](route, context) : undefined;
}
