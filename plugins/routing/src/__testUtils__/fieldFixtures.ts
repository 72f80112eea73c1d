import type {
  EntityServicesResponse,
  IngressClassesResponse,
  ListenerOption,
  ListenersResponse,
  RenderResult,
} from '@portway/plugin-routing-common';

/** The entity the forms of the field tests are about. */
export const entityRef = 'component:default/storefront';

/** Two Services in prod-eu (one with an h2c port) and one in prod-us. */
export const services: EntityServicesResponse = {
  services: [
    {
      cluster: 'prod-eu',
      namespace: 'shop',
      name: 'storefront',
      ports: [
        { name: 'http', port: 8080, protocol: 'TCP', appProtocol: 'http' },
        {
          name: 'api',
          port: 9090,
          protocol: 'TCP',
          appProtocol: 'kubernetes.io/h2c',
        },
      ],
    },
    {
      cluster: 'prod-us',
      namespace: 'shop',
      name: 'storefront',
      ports: [{ port: 80, protocol: 'TCP' }],
    },
    {
      cluster: 'prod-eu',
      namespace: 'shop',
      name: 'cart',
      ports: [{ name: 'grpc', port: 50051, protocol: 'TCP' }],
    },
  ],
  clusters: [
    { name: 'prod-eu', state: 'ok' },
    { name: 'prod-us', state: 'ok' },
  ],
};

/** The https listener of the shared public Gateway, with a Ready certificate. */
export const httpsListener: ListenerOption = {
  cluster: 'prod-eu',
  gateway: { namespace: 'infra', name: 'public' },
  name: 'https',
  hostname: '*.shop.example.com',
  port: 443,
  protocol: 'HTTPS',
  tlsMode: 'Terminate',
  certificate: {
    state: 'ready',
    issuer: 'ClusterIssuer/letsencrypt',
  },
  accepts: true,
};

/** A listener that only allows routes from its own namespace. */
export const internalListener: ListenerOption = {
  cluster: 'prod-eu',
  gateway: { namespace: 'infra', name: 'internal' },
  name: 'http',
  port: 80,
  protocol: 'HTTP',
  accepts: false,
  refusal: {
    reason: 'NotAllowedByListeners',
    message:
      'Listener http of infra/internal allows routes from namespace infra only',
  },
};

/** The listeners of prod-eu for an HTTPRoute from shop. */
export const listeners: ListenersResponse = {
  listeners: [httpsListener, internalListener],
  clusters: [{ name: 'prod-eu', state: 'ok' }],
};

/** The IngressClasses of prod-eu, nginx the default. */
export const ingressClasses: IngressClassesResponse = {
  ingressClasses: [
    {
      cluster: 'prod-eu',
      name: 'vendor',
      controller: 'example.com/vendor-ingress',
      isDefault: false,
    },
    {
      cluster: 'prod-eu',
      name: 'nginx',
      controller: 'k8s.io/ingress-nginx',
      isDefault: true,
    },
  ],
  clusters: [{ name: 'prod-eu', state: 'ok' }],
};

/** A preflight that found nothing wrong, with the files it would add. */
export const cleanPreflight: RenderResult = {
  ok: true,
  findings: [],
  files: [
    {
      path: 'clusters/prod-eu/shop/storefront/httproute-storefront.yaml',
      content: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n',
    },
  ],
};

/** The form of an HTTP exposure with the Service picked: storefront's http port in prod-eu. */
export const httpForm = {
  entityRef,
  type: 'http',
  target: {
    cluster: 'prod-eu',
    namespace: 'shop',
    name: 'storefront',
    port: 8080,
  },
};

/** A promise that never settles: the answer is still loading. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
