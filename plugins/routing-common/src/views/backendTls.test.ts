import { analyzeGatewayApi } from '../semantics/analyzeGatewayApi';
import {
  gateway,
  httpRoute,
  service,
} from '../semantics/__testUtils__/builders';
import {
  backendTlsPolicy,
  caConfigMap,
} from '../semantics/__testUtils__/backendTlsPolicies';
import type { KubernetesObject } from '../kubernetes/objects';
import { backendTlsView } from './backendTls';

const base: KubernetesObject[] = [
  gateway('infra/public', [{ allowedRoutes: { namespaces: { from: 'All' } } }]),
  service('shop/web', {
    ports: [
      { name: 'https', port: 443 },
      { name: 'http', port: 8080 },
    ],
  }),
  caConfigMap('shop/ca'),
  httpRoute('shop/a', {
    parentRefs: [{ name: 'public', namespace: 'infra' }],
    backendRefs: [{ name: 'web', port: 443 }],
  }),
];

const backend = { namespace: 'shop', name: 'web', port: 443 };
const publicGateway = { namespace: 'infra', name: 'public' };

describe('backendTlsView', () => {
  it('describes the policy on the Service with the conditions the analysis predicts under the Gateway', () => {
    const analysis = analyzeGatewayApi([...base, backendTlsPolicy('shop/tls')]);
    expect(
      backendTlsView(analysis, { backend, gateway: publicGateway }),
    ).toEqual({
      namespace: 'shop',
      name: 'tls',
      hostname: 'web.shop.internal',
      caConfigMaps: ['ca'],
      gateway: 'infra/public',
      conditions: [
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
      ],
      conditionsFrom: 'analysis',
    });
  });

  it('takes the conditions a controller wrote for the current generation', () => {
    const policy = backendTlsPolicy('shop/tls');
    const observed = {
      ...policy,
      metadata: { ...policy.metadata, generation: 2 },
      status: {
        ancestors: [
          {
            ancestorRef: {
              group: 'gateway.networking.k8s.io',
              kind: 'Gateway',
              namespace: 'infra',
              name: 'public',
            },
            controllerName: 'example.com/gateway',
            conditions: [
              {
                type: 'Accepted',
                status: 'False',
                reason: 'NoValidCACertificate',
                message: 'bad bundle',
                observedGeneration: 2,
              },
            ],
          },
        ],
      },
    };
    const view = backendTlsView(analyzeGatewayApi([...base, observed]), {
      backend,
      gateway: publicGateway,
      policyObjects: [observed],
    });
    expect(view?.conditions.map(c => c.reason)).toEqual([
      'NoValidCACertificate',
    ]);
    expect(view).not.toHaveProperty('conditionsFrom');
  });

  it('predicts when the status is for an older generation', () => {
    const policy = backendTlsPolicy('shop/tls');
    const stale = {
      ...policy,
      metadata: { ...policy.metadata, generation: 3 },
      status: {
        ancestors: [
          {
            ancestorRef: { namespace: 'infra', name: 'public' },
            conditions: [
              {
                type: 'Accepted',
                status: 'False',
                reason: 'Invalid',
                message: 'old',
                observedGeneration: 2,
              },
            ],
          },
        ],
      },
    };
    const view = backendTlsView(analyzeGatewayApi([...base, stale]), {
      backend,
      gateway: publicGateway,
      policyObjects: [stale],
    });
    expect(view?.conditionsFrom).toBe('analysis');
    expect(view?.conditions[0]).toMatchObject({ reason: 'Accepted' });
  });

  it('prefers a policy on the backend port, and ignores one on another port', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      backendTlsPolicy('shop/whole'),
      backendTlsPolicy('shop/on-https', {
        targetRefs: [
          { group: '', kind: 'Service', name: 'web', sectionName: 'https' },
        ],
        validation: { wellKnownCACertificates: 'System', hostname: 'web' },
      }),
    ]);
    expect(backendTlsView(analysis, { backend })).toEqual({
      namespace: 'shop',
      name: 'on-https',
      hostname: 'web',
      caConfigMaps: [],
      wellKnownCACertificates: 'System',
      conditions: [],
    });
    expect(
      backendTlsView(analysis, { backend: { ...backend, port: 8080 } })?.name,
    ).toBe('whole');
  });

  it('is undefined when no policy targets the backend', () => {
    const analysis = analyzeGatewayApi([...base, backendTlsPolicy('shop/tls')]);
    expect(
      backendTlsView(analysis, {
        backend: { namespace: 'shop', name: 'other', port: 80 },
      }),
    ).toBeUndefined();
  });
});
