import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { entityRouteViews } from './entityRouteViews';
import { entitySelector } from './entitySelector';
import {
  kubernetesIdEntity,
  kubernetesIdLabels,
} from '../../__testUtils__/kubernetesIdEntity';

const entity = kubernetesIdEntity('shop');
const labels = kubernetesIdLabels('shop');

function object(
  apiVersion: string,
  kind: string,
  key: string,
  spec: unknown,
  extra: Partial<KubernetesObject> = {},
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion,
    kind,
    metadata: { namespace, name, ...extra.metadata },
    spec,
    ...(extra.status ? { status: extra.status } : {}),
  };
}

const cart = object(
  'v1',
  'Service',
  'shop/cart',
  { ports: [{ name: 'grpc', port: 9090 }] },
  { metadata: { labels } },
);
const web = object(
  'v1',
  'Service',
  'shop/web',
  { ports: [{ name: 'http', port: 80 }] },
  { metadata: { labels } },
);
const namespaces = ['shop', 'infra'].map(name => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
}));
const nginx: KubernetesObject = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx' },
  spec: { controller: 'k8s.io/ingress-nginx' },
};
const gateway = object(
  'gateway.networking.k8s.io/v1',
  'Gateway',
  'infra/public',
  {
    gatewayClassName: 'istio',
    listeners: [
      {
        name: 'tls',
        protocol: 'TLS',
        port: 443,
        hostname: '*.shop.example.com',
        tls: { mode: 'Passthrough' },
        allowedRoutes: {
          namespaces: { from: 'All' },
          kinds: [{ kind: 'TLSRoute' }],
        },
      },
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 8443,
        hostname: '*.shop.example.com',
        allowedRoutes: { namespaces: { from: 'All' } },
      },
    ],
  },
);

const labelledMesh = object(
  'networking.istio.io/v1',
  'VirtualService',
  'shop/cart-grpc',
  {
    hosts: ['cart.shop.svc.cluster.local'],
    gateways: ['mesh'],
    http: [
      {
        match: [{ uri: { prefix: '/shop.cart.v1.Cart/' } }],
        route: [
          {
            destination: {
              host: 'cart.shop.svc.cluster.local',
              port: { number: 9090 },
            },
          },
        ],
      },
    ],
  },
  { metadata: { labels } },
);
const unlabelledMesh = object(
  'networking.istio.io/v1',
  'VirtualService',
  'shop/cart-canary',
  {
    hosts: ['cart'],
    http: [
      { route: [{ destination: { host: 'cart', port: { number: 9091 } } }] },
    ],
  },
);
const legacyIngress = object(
  'networking.k8s.io/v1',
  'Ingress',
  'shop/legacy',
  {
    ingressClassName: 'nginx',
    tls: [
      {
        hosts: ['shop.example.com', 'www.shop.example.com'],
        secretName: 'shop-tls',
      },
    ],
    rules: ['shop.example.com', 'www.shop.example.com'].map(host => ({
      host,
      http: {
        paths: [
          {
            path: '/',
            pathType: 'Prefix',
            backend: { service: { name: 'web', port: { number: 80 } } },
          },
        ],
      },
    })),
  },
  { status: { loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } } },
);
const httpRoute = object(
  'gateway.networking.k8s.io/v1',
  'HTTPRoute',
  'shop/storefront',
  {
    parentRefs: [{ name: 'public', namespace: 'infra', sectionName: 'https' }],
    hostnames: ['shop.example.com'],
  },
  {
    status: {
      parents: [
        {
          parentRef: {
            name: 'public',
            namespace: 'infra',
            sectionName: 'https',
          },
          controllerName: 'istio.io/gateway-controller',
          conditions: [
            {
              type: 'Accepted',
              status: 'True',
              reason: 'Accepted',
              message: '',
            },
            {
              type: 'ResolvedRefs',
              status: 'True',
              reason: 'ResolvedRefs',
              message: '',
            },
          ],
        },
      ],
    },
  },
);
const tlsRoute = object(
  'gateway.networking.k8s.io/v1alpha2',
  'TLSRoute',
  'shop/cart-tls',
  {
    parentRefs: [{ name: 'public', namespace: 'infra', sectionName: 'tls' }],
    hostnames: ['cart.shop.example.com'],
    rules: [{ backendRefs: [{ name: 'cart', port: 9443 }] }],
  },
);

const cluster = clusterWith('prod-eu', [
  cart,
  web,
  ...namespaces,
  nginx,
  gateway,
  labelledMesh,
  unlabelledMesh,
  legacyIngress,
  httpRoute,
  tlsRoute,
]);
const views = () => entityRouteViews(cluster, entitySelector(entity));
const viewOf = (kind: string, name: string) =>
  views().find(view => view.kind === kind && view.name === name)!;

describe('entityRouteViews of every route kind', () => {
  it('finds VirtualServices by label and through their destinations, Ingresses and TLSRoutes through their backends, and nothing else', () => {
    expect(views().map(v => [v.kind, v.name, v.matchedBy])).toEqual([
      ['Ingress', 'legacy', 'backend'],
      ['TLSRoute', 'cart-tls', 'backend'],
      ['VirtualService', 'cart-canary', 'backend'],
      ['VirtualService', 'cart-grpc', 'label'],
    ]);
  });

  it('shows a labelled mesh VirtualService with its gRPC address, match and predicted conditions', () => {
    expect(viewOf('VirtualService', 'cart-grpc')).toMatchObject({
      cluster: 'prod-eu',
      urls: ['grpc://cart.shop.svc.cluster.local:9090'],
      summary: 'ready',
      parents: [
        {
          ref: { name: 'mesh' },
          conditionsFrom: 'analysis',
          predictedBecause: 'no-status',
        },
      ],
      backends: [
        {
          kind: 'Service',
          namespace: 'shop',
          name: 'cart',
          port: 9090,
          state: 'found',
        },
      ],
      virtualService: {
        gateways: ['mesh'],
        matches: ['gRPC shop.cart.v1.Cart'],
      },
    });
  });

  it('says that the destination port of an unlabelled VirtualService is not on the Service', () => {
    const view = viewOf('VirtualService', 'cart-canary');
    expect(view.backends).toEqual([
      expect.objectContaining({
        name: 'cart',
        port: 9091,
        state: 'port-not-on-service',
      }),
    ]);
    expect(view.parents[0].conditions[1]).toMatchObject({
      reason: 'PortNotOnService',
      explanation: expect.any(String),
    });
    expect(view.summary).toBe('degraded');
  });

  it('shows an Ingress with its class, addresses and how far an HTTPRoute has taken over its hosts', () => {
    expect(viewOf('Ingress', 'legacy')).toMatchObject({
      urls: ['https://shop.example.com/', 'https://www.shop.example.com/'],
      parents: [{ ref: { kind: 'IngressClass', name: 'nginx' } }],
      backends: [{ name: 'web', port: 80, state: 'found' }],
      summary: 'ready',
      ingress: {
        className: 'nginx',
        addresses: ['203.0.113.7'],
        migration: {
          state: 'partial',
          hosts: [
            {
              hostname: 'shop.example.com',
              servedBy: [
                {
                  kind: 'HTTPRoute',
                  namespace: 'shop',
                  name: 'storefront',
                  summary: 'ready',
                },
              ],
            },
            { hostname: 'www.shop.example.com', servedBy: [] },
          ],
        },
      },
    });
  });

  it('shows a TLSRoute with its TLS listener, the predicted conditions and its backend state', () => {
    const view = viewOf('TLSRoute', 'cart-tls');
    expect(view.urls).toEqual(['https://cart.shop.example.com/']);
    expect(view.parents[0].listeners).toEqual([
      {
        name: 'tls',
        hostname: '*.shop.example.com',
        port: 443,
        protocol: 'TLS',
        // Passthrough: the backend holds the certificate, the listener has none.
        certificates: [],
      },
    ]);
    expect(view.parents[0].conditionsFrom).toBe('analysis');
    expect(view.backends).toEqual([
      expect.objectContaining({
        name: 'cart',
        port: 9443,
        state: 'port-not-on-service',
      }),
    ]);
  });
});
