import type { Entity } from '@backstage/catalog-model';
import type {
  AttachedRouteView,
  ClusterStatus,
  GatewayView,
  ListenerView,
  RouteCondition,
} from '@portway/plugin-routing-common';

function condition(
  type: string,
  status: RouteCondition['status'],
  reason: string,
): RouteCondition {
  return { type, status, reason, message: `${type} ${status}` };
}

/** The storefront's HTTPRoute, accepted by the public Gateway's https listener. */
export const storefrontAttached: AttachedRouteView = {
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront',
  hostnames: ['storefront.shop.example.com'],
  summary: 'ready',
  accepted: true,
  entityRefs: ['component:default/storefront'],
};

/** A route from the books namespace that the https listener refuses. */
export const catalogueRefused: AttachedRouteView = {
  kind: 'HTTPRoute',
  namespace: 'books',
  name: 'catalogue',
  hostnames: ['catalogue.shop.example.com'],
  summary: 'failed',
  accepted: false,
  reason: 'NotAllowedByListeners',
  message:
    "listener https of infra/public admits routes only from namespaces matching team=shop, and namespace books does not match: label namespace books team=shop, or widen the listener's allowedRoutes",
  entityRefs: ['component:books/catalogue'],
};

/** The public Gateway's HTTPS listener: a ready certificate, routes from team=shop only. */
export const httpsListener: ListenerView = {
  name: 'https',
  hostname: '*.shop.example.com',
  port: 443,
  protocol: 'HTTPS',
  attachedRoutes: 1,
  conditions: [
    condition('Accepted', 'True', 'Accepted'),
    condition('Programmed', 'True', 'Programmed'),
  ],
  tls: {
    mode: 'Terminate',
    certificates: [
      {
        state: 'ready',
        secret: 'infra/shop-tls',
        certificate: 'infra/shop-tls',
        issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
        notAfter: '2099-01-01T00:00:00Z',
      },
    ],
  },
  allowedRoutes: {
    namespaces: 'Selector',
    selector: 'team=shop',
    kinds: ['HTTPRoute', 'GRPCRoute'],
  },
  routes: [storefrontAttached, catalogueRefused],
};

/** The public Gateway's plain HTTP listener, with nothing attached. */
export const httpListener: ListenerView = {
  name: 'http',
  port: 80,
  protocol: 'HTTP',
  attachedRoutes: 0,
  conditions: [condition('Accepted', 'True', 'Accepted')],
  allowedRoutes: { namespaces: 'Same', kinds: ['HTTPRoute'] },
  routes: [],
};

/** The shared public Gateway of prod-eu, with a hostname conflict between two routes. */
export const publicGateway: GatewayView = {
  cluster: 'prod-eu',
  namespace: 'infra',
  name: 'public',
  gatewayClassName: 'istio',
  addresses: ['203.0.113.10'],
  listeners: [httpsListener, httpListener],
  conditions: [
    condition('Accepted', 'True', 'Accepted'),
    condition('Programmed', 'True', 'Programmed'),
  ],
  conflicts: [
    {
      severity: 'warning',
      code: 'HostnameConflict',
      message:
        'HTTPRoute shop/storefront and HTTPRoute shop/storefront-old both serve storefront.shop.example.com/',
    },
  ],
};

/** The internal gRPC Gateway of prod-us, whose certificate cert-manager will not issue. */
export const internalGateway: GatewayView = {
  cluster: 'prod-us',
  namespace: 'mesh',
  name: 'internal',
  gatewayClassName: 'istio',
  addresses: [],
  listeners: [
    {
      name: 'grpc',
      hostname: 'cart.internal.example.com',
      port: 8443,
      protocol: 'HTTPS',
      attachedRoutes: 1,
      conditions: [condition('Programmed', 'False', 'Invalid')],
      conditionsFrom: 'analysis',
      tls: {
        mode: 'Terminate',
        certificates: [
          {
            state: 'will-not-issue',
            secret: 'mesh/internal-tls',
            message: 'the Gateway names no issuer for listener grpc',
          },
        ],
      },
      allowedRoutes: { namespaces: 'All', kinds: ['GRPCRoute'] },
      routes: [
        {
          kind: 'GRPCRoute',
          namespace: 'shop',
          name: 'cart',
          hostnames: [],
          summary: 'ready',
          accepted: true,
          entityRefs: ['component:default/cart'],
        },
      ],
    },
  ],
  conditions: [condition('Programmed', 'False', 'Invalid')],
  conditionsFrom: 'analysis',
  conflicts: [],
};

/** Cluster states for the gateways page. */
export const euOk: ClusterStatus = { name: 'prod-eu', state: 'ok' };
export const usOk: ClusterStatus = { name: 'prod-us', state: 'ok' };
export const apBroken: ClusterStatus = {
  name: 'prod-ap',
  state: 'error',
  message: 'connect ECONNREFUSED 10.0.2.1:6443',
};
export const usStale: ClusterStatus = {
  name: 'prod-us',
  state: 'stale',
  message: 'watch failed: 503',
  lastSyncedAt: '2026-12-01T10:00:00Z',
};

function component(namespace: string, name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { namespace, name },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

/** The catalog entities behind the attached routes, with their owners. */
export const routeEntities: Entity[] = [
  component('default', 'storefront', 'team-shop'),
  component('books', 'catalogue', 'group:default/team-books'),
  component('default', 'cart', 'team-cart'),
];
