import type {
  BackendView,
  ParentView,
  RouteView,
} from '@portway/plugin-routing-common';

/** The time the fixtures' certificates are judged at. */
export const fixtureNow = new Date('2026-12-01T12:00:00.000Z');

/** infra/public, Programmed, with an HTTPS listener (certificate ready) and an HTTP one. */
export const publicGateway: ParentView = {
  ref: { namespace: 'infra', name: 'public' },
  conditions: [
    { type: 'Accepted', status: 'True', reason: 'Accepted', message: '' },
    {
      type: 'ResolvedRefs',
      status: 'True',
      reason: 'ResolvedRefs',
      message: '',
    },
  ],
  gatewayProgrammed: {
    type: 'Programmed',
    status: 'True',
    reason: 'Programmed',
    message: '',
  },
  listeners: [
    {
      name: 'https',
      hostname: '*.example.com',
      port: 443,
      protocol: 'HTTPS',
      certificates: [
        {
          state: 'ready',
          secret: 'infra/wildcard-tls',
          notAfter: '2027-02-01T00:00:00.000Z',
        },
      ],
    },
    { name: 'http', port: 80, protocol: 'HTTP' },
  ],
};

/** infra/public's HTTPS listener refusing a route from a namespace it does not allow. */
export const refusingGateway: ParentView = {
  ...publicGateway,
  listeners: [publicGateway.listeners![0]],
  conditions: [
    {
      type: 'Accepted',
      status: 'False',
      reason: 'NotAllowedByListeners',
      message: 'no listener allows routes from namespace books',
      explanation:
        'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books',
    },
  ],
};

/** A Gateway Portway does not know: the parentRef only, no listeners, no status. */
export const unknownGateway: ParentView = {
  ref: { namespace: 'infra', name: 'internal', sectionName: 'grpc' },
  conditions: [],
};

/** shop/storefront:8080, present with its port. */
export const storefrontService: BackendView = {
  kind: 'Service',
  namespace: 'shop',
  name: 'storefront',
  port: 8080,
  state: 'found',
};

/** A route of the storefront entity, with the fields the topology does not read filled in. */
export function route(fields: Partial<RouteView>): RouteView {
  return {
    cluster: 'prod-eu',
    kind: 'HTTPRoute',
    namespace: 'shop',
    name: 'storefront',
    hostnames: ['storefront.example.com'],
    urls: ['https://storefront.example.com/'],
    parents: [publicGateway],
    backends: [storefrontService],
    summary: 'ready',
    matchedBy: 'label',
    ...fields,
  };
}

/** An HTTPRoute through both listeners of infra/public to shop/storefront:8080. */
export const storefrontRoute = route({});

/** An HTTPRoute in books that infra/public's HTTPS listener refuses. */
export const refusedRoute = route({
  namespace: 'books',
  name: 'catalog',
  parents: [refusingGateway],
  backends: [{ ...storefrontService, namespace: 'books', name: 'catalog' }],
  summary: 'failed',
});

/** An HTTPRoute whose backends are a missing Service and a Service without the port. */
export const brokenBackendsRoute = route({
  name: 'cart',
  summary: 'degraded',
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'cart',
      port: 8080,
      state: 'missing',
      message: 'Service shop/cart does not exist in prod-eu',
    },
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'storefront',
      port: 9090,
      state: 'port-not-on-service',
      message: 'Service shop/storefront has no port 9090 (it has 8080)',
    },
  ],
});

/** A GRPCRoute attached to a Gateway whose listeners are not known. */
export const grpcRoute = route({
  kind: 'GRPCRoute',
  name: 'storefront-grpc',
  parents: [unknownGateway],
  backends: [{ ...storefrontService, port: 9000, state: undefined }],
  summary: 'pending',
});

/** A parent of a VirtualService as the backend gives it: an Istio Gateway, or the mesh. */
function istioParent(ref: { namespace?: string; name: string }): ParentView {
  return {
    ref: { group: 'networking.istio.io', kind: 'Gateway', ...ref },
    conditions: [],
    conditionsFrom: 'analysis',
    predictedBecause: 'no-status',
  };
}

/** A VirtualService bound to the sidecars and to the ingress Gateway of istio-system. */
export const virtualServiceRoute = route({
  kind: 'VirtualService',
  name: 'storefront-mesh',
  parents: [
    istioParent({ name: 'mesh' }),
    istioParent({ namespace: 'istio-system', name: 'ingress' }),
  ],
  summary: 'unknown',
  virtualService: {
    hosts: ['storefront.shop.svc.cluster.local'],
    gateways: ['mesh', 'istio-system/ingress'],
    matches: ['gRPC shop.cart.v1.Cart/AddItem'],
  },
});

/** A legacy Ingress of class nginx. */
export const ingressRoute = route({
  kind: 'Ingress',
  name: 'storefront-legacy',
  parents: [
    {
      ref: { group: 'networking.k8s.io', kind: 'IngressClass', name: 'nginx' },
      conditions: [],
      conditionsFrom: 'analysis',
      predictedBecause: 'no-status',
    },
  ],
  summary: 'unknown',
  ingress: {
    className: 'nginx',
    tls: [],
    addresses: ['203.0.113.10'],
    migration: {
      state: 'not-started',
      safeToRemove: false,
      message:
        'No Gateway API route can be matched to this Ingress: its rules name no host',
      hosts: [],
    },
  },
});
