import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, service } from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

const web = service('infra/web');

describe('analyzeGatewayApi output (CLI contract shape)', () => {
  it('gives routes, gateways and findings in the contract shape', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public'),
      web,
      httpRoute('infra/a'),
    ]);
    expect(analysis).toEqual({
      routes: [
        {
          kind: 'HTTPRoute',
          namespace: 'infra',
          name: 'a',
          parents: [
            {
              parentRef: { name: 'public', namespace: 'infra' },
              conditions: [
                {
                  type: 'Accepted',
                  status: 'True',
                  reason: 'Accepted',
                  message: 'attached to listener http of infra/public',
                },
                {
                  type: 'ResolvedRefs',
                  status: 'True',
                  reason: 'ResolvedRefs',
                  message: 'all backend references resolve',
                },
              ],
            },
          ],
        },
      ],
      gateways: [
        {
          namespace: 'infra',
          name: 'public',
          listeners: [
            {
              name: 'http',
              attachedRoutes: 1,
              conditions: expect.arrayContaining([
                expect.objectContaining({ type: 'Accepted', status: 'True' }),
              ]),
              supportedKinds: [
                { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' },
                { group: 'gateway.networking.k8s.io', kind: 'GRPCRoute' },
              ],
            },
          ],
          conditions: [
            expect.objectContaining({
              type: 'Accepted',
              status: 'True',
              reason: 'Accepted',
            }),
            expect.objectContaining({
              type: 'Programmed',
              status: 'True',
              reason: 'Programmed',
            }),
          ],
        },
      ],
      findings: [],
    });
  });

  it('reports refused parents and unresolved references as errors, without field', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          hostname: '*.shop.example.com',
        },
      ]),
      httpRoute('infra/api', {
        hostnames: ['api.example.org'],
        backendRefs: [{ name: 'api', port: 80 }],
      }),
    ]);
    expect(analysis.findings).toEqual([
      {
        severity: 'error',
        code: 'NoMatchingListenerHostname',
        message:
          'HTTPRoute infra/api: listener https of infra/public only accepts hostnames matching *.shop.example.com; this route asks for api.example.org',
      },
      {
        severity: 'error',
        code: 'BackendNotFound',
        message:
          'HTTPRoute infra/api: rules[0].backendRefs[0] refers to Service infra/api, which does not exist',
      },
    ]);
  });

  it('ignores other kinds and objects of other groups', () => {
    const analysis = analyzeGatewayApi([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'i', namespace: 'x' },
      },
      {
        apiVersion: 'networking.istio.io/v1',
        kind: 'Gateway',
        metadata: { name: 'g', namespace: 'x' },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c', namespace: 'x' },
      },
    ]);
    expect(analysis).toEqual({ routes: [], gateways: [], findings: [] });
  });

  it('warns when GatewayClasses are given but not the one a Gateway uses', () => {
    const analysis = analyzeGatewayApi([
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'GatewayClass',
        metadata: { name: 'other' },
      },
      gateway('infra/public'),
    ]);
    expect(analysis.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'GatewayClassNotFound',
      }),
    ]);
  });

  it('takes a route without namespace to be in default', () => {
    const analysis = analyzeGatewayApi([
      gateway('default/public'),
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'a' },
        spec: { parentRefs: [{ name: 'public' }] },
      },
    ]);
    expect(parentCondition(analysis, 'a', 'Accepted')).toBe('True/Accepted');
    expect(analysis.routes[0].namespace).toBe('default');
  });
});
