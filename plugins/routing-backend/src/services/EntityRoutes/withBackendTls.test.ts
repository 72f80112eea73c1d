import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import {
  kubernetesIdEntity,
  kubernetesIdLabels,
} from '../../__testUtils__/kubernetesIdEntity';
import { entityRouteViews } from './entityRouteViews';
import { entitySelector } from './entitySelector';

const labels = kubernetesIdLabels('shop');

const objects: KubernetesObject[] = [
  ...['shop', 'infra'].map(name => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  })),
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { namespace: 'infra', name: 'public' },
    spec: {
      gatewayClassName: 'istio',
      listeners: [
        {
          name: 'http',
          protocol: 'HTTP',
          port: 80,
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace: 'shop', name: 'web', labels },
    spec: { ports: [{ name: 'https', port: 443 }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace: 'shop', name: 'plain', labels },
    spec: { ports: [{ name: 'http', port: 80 }] },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { namespace: 'shop', name: 'web', labels },
    spec: {
      parentRefs: [{ name: 'public', namespace: 'infra' }],
      rules: [
        {
          backendRefs: [
            { name: 'web', port: 443 },
            { name: 'plain', port: 80 },
          ],
        },
      ],
    },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'BackendTLSPolicy',
    metadata: { namespace: 'shop', name: 'web-tls' },
    spec: {
      targetRefs: [
        { group: '', kind: 'Service', name: 'web', sectionName: 'https' },
      ],
      validation: {
        wellKnownCACertificates: 'System',
        hostname: 'web.shop.svc',
      },
    },
  },
];

const views = (cluster = clusterWith('demo', objects)) =>
  entityRouteViews(cluster, entitySelector(kubernetesIdEntity('shop')));

describe('BackendTLSPolicies on route backends', () => {
  it('puts the policy on the backend it targets, with its predicted conditions under the Gateway', () => {
    const [route] = views();
    const [web, plain] = route.backends;
    expect(web.tls).toEqual({
      namespace: 'shop',
      name: 'web-tls',
      hostname: 'web.shop.svc',
      caConfigMaps: [],
      wellKnownCACertificates: 'System',
      gateway: 'infra/public',
      conditions: [
        expect.objectContaining({
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
        }),
        expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
      ],
      conditionsFrom: 'analysis',
    });
    expect(plain).not.toHaveProperty('tls');
  });

  it('shows what a controller wrote in the policy status', () => {
    const withStatus = objects.map(o =>
      o.kind === 'BackendTLSPolicy'
        ? {
            ...o,
            status: {
              ancestors: [
                {
                  ancestorRef: { namespace: 'infra', name: 'public' },
                  controllerName: 'istio.io/gateway-controller',
                  conditions: [
                    {
                      type: 'Accepted',
                      status: 'False',
                      reason: 'Invalid',
                      message: 'System CAs are not supported',
                    },
                  ],
                },
              ],
            },
          }
        : o,
    );
    const [route] = views(clusterWith('demo', withStatus));
    expect(route.backends[0].tls?.conditions).toEqual([
      expect.objectContaining({ reason: 'Invalid' }),
    ]);
    expect(route.backends[0].tls).not.toHaveProperty('conditionsFrom');
  });

  it('leaves backends alone when no policy targets their Services', () => {
    const [route] = views(
      clusterWith(
        'demo',
        objects.filter(o => o.kind !== 'BackendTLSPolicy'),
      ),
    );
    expect(route.backends.every(b => !('tls' in b))).toBe(true);
  });
});
