import type {
  CertificateView,
  ClusterStatus,
  ParentView,
  RouteCondition,
  RouteView,
} from '@portway/plugin-routing-common';

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/** An ISO time `ms` milliseconds from now (negative: in the past). */
export function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

/** Conditions as a controller writes them. */
export const acceptedTrue: RouteCondition = {
  type: 'Accepted',
  status: 'True',
  reason: 'Accepted',
  message: 'Route was valid',
};
export const resolvedRefsTrue: RouteCondition = {
  type: 'ResolvedRefs',
  status: 'True',
  reason: 'ResolvedRefs',
  message: 'All references resolved',
};
export const programmedTrue: RouteCondition = {
  type: 'Programmed',
  status: 'True',
  reason: 'Programmed',
  message: 'Gateway is programmed',
};

/** Every state of a listener's certificate. */
export const certificates: Record<CertificateView['state'], CertificateView> = {
  ready: {
    state: 'ready',
    secret: 'infra/public-tls',
    certificate: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    notAfter: fromNow(23 * day + 60 * minute),
    renewalTime: fromNow(-7 * day),
  },
  issuing: {
    state: 'issuing',
    secret: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
  },
  'not-ready': {
    state: 'not-ready',
    secret: 'infra/public-tls',
    certificate: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    message: 'the ACME challenge for storefront.shop.example.com failed',
  },
  'will-not-issue': {
    state: 'will-not-issue',
    secret: 'infra/public-tls',
    message:
      'listener https has no hostname, so cert-manager cannot issue a certificate for it',
  },
  unmanaged: { state: 'unmanaged', secret: 'infra/public-tls' },
};

/** The shared public Gateway, its HTTPS listener, accepted and programmed. */
export const publicParent: ParentView = {
  ref: {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    namespace: 'infra',
    name: 'public',
    sectionName: 'https',
  },
  conditions: [acceptedTrue, resolvedRefsTrue],
  gatewayProgrammed: programmedTrue,
  controllerName: 'istio.io/gateway-controller',
  listeners: [
    {
      name: 'https',
      hostname: '*.shop.example.com',
      port: 443,
      protocol: 'HTTPS',
      certificates: [certificates.ready],
    },
  ],
};

/** An HTTPRoute on the public Gateway: accepted, ready, its backend found. */
export const readyRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront',
  hostnames: ['storefront.shop.example.com'],
  urls: ['https://storefront.shop.example.com/'],
  parents: [publicParent],
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'storefront',
      port: 8080,
      state: 'found',
    },
  ],
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
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'cart',
      port: 9090,
      state: 'found',
    },
  ],
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

/** An Istio VirtualService for the mesh: gRPC between services. */
export const virtualService: RouteView = {
  cluster: 'prod-eu',
  kind: 'VirtualService',
  namespace: 'shop',
  name: 'cart',
  hostnames: ['cart.shop.svc.cluster.local'],
  urls: [],
  parents: [],
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'cart',
      port: 9090,
      state: 'found',
    },
  ],
  summary: 'ready',
  matchedBy: 'backend',
  virtualService: {
    hosts: ['cart.shop.svc.cluster.local'],
    gateways: ['mesh'],
    matches: ['gRPC shop.cart.v1.Cart/AddItem', 'prefix /shop.cart.v1.Cart/'],
  },
};

/** A legacy Ingress, half moved to the Gateway API. */
export const ingress: RouteView = {
  cluster: 'prod-eu',
  kind: 'Ingress',
  namespace: 'shop',
  name: 'storefront-legacy',
  hostnames: ['storefront.shop.example.com', 'old.shop.example.com'],
  urls: [
    'https://storefront.shop.example.com/',
    'http://old.shop.example.com/',
  ],
  parents: [],
  backends: [
    {
      kind: 'Service',
      namespace: 'shop',
      name: 'storefront',
      port: 8080,
      state: 'found',
    },
  ],
  summary: 'ready',
  matchedBy: 'label',
  ingress: {
    className: 'nginx',
    tls: [
      { hosts: ['storefront.shop.example.com'], secretName: 'storefront-tls' },
    ],
    addresses: ['203.0.113.10'],
    migration: {
      state: 'partial',
      hosts: [
        {
          hostname: 'storefront.shop.example.com',
          servedBy: [
            {
              kind: 'HTTPRoute',
              namespace: 'shop',
              name: 'storefront',
              summary: 'ready',
            },
          ],
        },
        { hostname: 'old.shop.example.com', servedBy: [] },
      ],
    },
  },
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

/** Cluster states: healthy, stale, syncing, broken, and healthy without Istio. */
export const clusters: Record<string, ClusterStatus> = {
  ok: { name: 'prod-eu', state: 'ok', lastSyncedAt: fromNow(-1 * minute) },
  stale: {
    name: 'prod-us',
    state: 'stale',
    message: 'reading fails: connect ETIMEDOUT 10.0.0.2:6443',
    lastSyncedAt: fromNow(-12 * minute),
  },
  syncing: {
    name: 'staging',
    state: 'syncing',
    message: 'still listing some kinds for the first time',
    kinds: [
      {
        kind: 'VirtualService',
        group: 'networking.istio.io',
        apiVersion: 'v1',
        state: 'syncing',
      },
    ],
  },
  error: {
    name: 'prod-ap',
    state: 'error',
    message: 'connect ECONNREFUSED 10.0.0.3:6443',
  },
  noIstio: {
    name: 'dev',
    state: 'ok',
    message: 'Istio is not installed in cluster dev',
    kinds: [
      {
        kind: 'VirtualService',
        group: 'networking.istio.io',
        state: 'not-installed',
      },
    ],
  },
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
