import type { RouteView } from '@portway/plugin-routing-common';
import { storefrontBackend, cartBackend } from './backendFixtures';
import { fromNow, minute } from './fromNow';
import {
  acceptedTrue,
  publicParent,
  resolvedRefsTrue,
} from './gatewayParentFixtures';

/** An HTTPRoute on the public Gateway: accepted, ready, its backend found. */
export const readyRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront',
  hostnames: ['storefront.shop.example.com'],
  urls: ['https://storefront.shop.example.com/'],
  parents: [publicParent],
  backends: [storefrontBackend],
  summary: 'ready',
  matchedBy: 'label',
};

/** The listener refuses routes from the route's namespace; Portway predicted it (no status yet). */
export const notAllowedRoute: RouteView = {
  ...readyRoute,
  namespace: 'books',
  name: 'books',
  hostnames: ['books.shop.example.com'],
  urls: ['https://books.shop.example.com/'],
  parents: [
    {
      ...publicParent,
      controllerName: undefined,
      conditionsFrom: 'analysis',
      predictedBecause: 'no-status',
      conditions: [
        {
          type: 'Accepted',
          status: 'False',
          reason: 'NotAllowedByListeners',
          message: 'no listener allows routes from namespace books',
          explanation:
            'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books: label the namespace or ask the Gateway owners',
        },
        resolvedRefsTrue,
      ],
    },
  ],
  summary: 'failed',
};

/** Its status is for an older generation: the conditions are Portway's analysis. */
export const staleStatusRoute: RouteView = {
  ...readyRoute,
  name: 'storefront-beta',
  hostnames: ['beta.shop.example.com'],
  urls: ['https://beta.shop.example.com/'],
  parents: [
    {
      ...publicParent,
      controllerName: undefined,
      conditionsFrom: 'analysis',
      predictedBecause: 'stale-status',
    },
  ],
};

/** A route whose backends are gone or lack the port. */
export const missingBackendsRoute: RouteView = {
  ...readyRoute,
  name: 'storefront-api',
  hostnames: ['api.shop.example.com'],
  urls: ['https://api.shop.example.com/api'],
  parents: [
    {
      ...publicParent,
      conditions: [
        acceptedTrue,
        {
          type: 'ResolvedRefs',
          status: 'False',
          reason: 'BackendNotFound',
          message: 'Service shop/storefront-api not found',
          explanation:
            'backend shop/storefront-api does not exist: create the Service or fix the backendRef',
        },
      ],
    },
  ],
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'storefront-api',
      port: 8080,
      state: 'missing',
      message: 'there is no Service shop/storefront-api',
    },
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'storefront',
      port: 9090,
      weight: 10,
      state: 'port-not-on-service',
      message: 'Service shop/storefront has ports 8080, not 9090',
    },
  ],
  summary: 'degraded',
};

/** The route is accepted but its Gateway is not programmed. */
export const gatewayNotProgrammedRoute: RouteView = {
  ...readyRoute,
  name: 'storefront-edge',
  hostnames: ['edge.shop.example.com'],
  urls: ['https://edge.shop.example.com/'],
  parents: [
    {
      ...publicParent,
      gatewayProgrammed: {
        type: 'Programmed',
        status: 'False',
        reason: 'AddressNotAssigned',
        message: 'no address assigned',
        explanation:
          'Gateway infra/public has no address yet: its load balancer is not provisioned',
      },
    },
  ],
  summary: 'degraded',
};

/** A GRPCRoute through the public Gateway. */
export const grpcRoute: RouteView = {
  ...readyRoute,
  kind: 'GRPCRoute',
  name: 'cart-grpc',
  hostnames: ['cart.shop.example.com'],
  urls: ['https://cart.shop.example.com/'],
  backends: [cartBackend],
};

/** A TLSRoute on a passthrough listener: hostnames, no URL. */
export const tlsRoute: RouteView = {
  ...readyRoute,
  kind: 'TLSRoute',
  name: 'storefront-tls',
  hostnames: ['tls.shop.example.com'],
  urls: [],
  parents: [
    {
      ...publicParent,
      ref: { ...publicParent.ref, sectionName: 'tls' },
      listeners: [
        {
          name: 'tls',
          hostname: '*.shop.example.com',
          port: 8443,
          protocol: 'TLS',
        },
      ],
    },
  ],
};

/** A route requested for the entity, waiting for review on a GitOps branch. */
export const pendingRoute: RouteView = {
  ...readyRoute,
  name: 'storefront-checkout',
  hostnames: ['checkout.shop.example.com'],
  urls: ['https://checkout.shop.example.com/'],
  parents: [
    {
      ...publicParent,
      controllerName: undefined,
      conditionsFrom: 'analysis',
      predictedBecause: 'no-status',
    },
  ],
  summary: 'pending',
  matchedBy: 'request',
  pendingChange: {
    branchName: 'portway/expose-storefront-http-checkout',
    commitSha: '0123456789abcdef0123456789abcdef01234567',
    createdAt: fromNow(-3 * 60 * minute),
  },
};

/** A route whose health cannot be told. */
export const unknownRoute: RouteView = {
  ...readyRoute,
  name: 'storefront-unknown',
  hostnames: ['unknown.shop.example.com'],
  urls: ['https://unknown.shop.example.com/'],
  parents: [{ ref: { name: 'elsewhere' }, conditions: [] }],
  summary: 'unknown',
};

/** `count` ready HTTPRoutes of one entity in one cluster, for the tab's scale. */
export function manyRoutes(count: number, cluster = 'prod-eu'): RouteView[] {
  return Array.from({ length: count }, (_, index) => ({
    ...readyRoute,
    cluster,
    name: `route-${String(index).padStart(3, '0')}`,
    hostnames: [`route-${index}.shop.example.com`],
    urls: [`https://route-${index}.shop.example.com/`],
  }));
}
