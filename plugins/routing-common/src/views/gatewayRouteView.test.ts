import type { KubernetesObject } from '../kubernetes/objects';
import { gatewayRouteView } from './gatewayRouteView';

const route: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { namespace: 'shop', name: 'storefront' },
  spec: {
    parentRefs: [{ name: 'public', namespace: 'infra' }],
    hostnames: ['shop.example.com'],
    rules: [
      {
        backendRefs: [
          { name: 'web', port: 8080, weight: 90 },
          { name: 'web-next', port: 8080, weight: 10 },
          { group: 'example.com', kind: 'Bucket', name: 'assets' },
        ],
      },
    ],
  },
};

const services = new Map<string, KubernetesObject>([
  [
    'shop/web',
    {
      kind: 'Service',
      metadata: { namespace: 'shop', name: 'web' },
      spec: { ports: [{ port: 8080 }] },
    },
  ],
]);

describe('gatewayRouteView backends', () => {
  const context = {
    cluster: 'prod-eu',
    gateways: new Map(),
    matchedBy: 'label' as const,
  };

  it('says whether each Service backend is there when the Services are given', () => {
    expect(gatewayRouteView(route, { ...context, services }).backends).toEqual([
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'web',
        port: 8080,
        weight: 90,
        state: 'found',
      },
      {
        kind: 'Service',
        namespace: 'shop',
        name: 'web-next',
        port: 8080,
        weight: 10,
        state: 'missing',
        message: 'Service shop/web-next does not exist',
      },
      { kind: 'Bucket', namespace: 'shop', name: 'assets' },
    ]);
  });

  it('leaves the state out without Services to look at', () => {
    expect(gatewayRouteView(route, context).backends.map(b => b.state)).toEqual(
      [undefined, undefined, undefined],
    );
  });
});
