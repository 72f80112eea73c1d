import type { ListenerSpec } from './model';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, route, service } from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

describe('allowedRoutes.kinds (spec: by default the kinds the protocol carries)', () => {
  const judgeKind = (listener: Partial<ListenerSpec>, kind: string) =>
    analyzeGatewayApi([
      gateway('infra/public', [listener]),
      service('infra/web'),
      route(kind, 'infra/r'),
    ]);
  const tls = {
    name: 'tls',
    port: 443,
    protocol: 'TLS',
    tls: { mode: 'Passthrough' },
  };
  it.each([
    [
      'HTTP listener, HTTPRoute',
      { protocol: 'HTTP' },
      'HTTPRoute',
      'True/Accepted',
    ],
    [
      'HTTP listener, GRPCRoute',
      { protocol: 'HTTP' },
      'GRPCRoute',
      'True/Accepted',
    ],
    [
      'HTTPS listener, GRPCRoute',
      { protocol: 'HTTPS', port: 443 },
      'GRPCRoute',
      'True/Accepted',
    ],
    [
      'HTTP listener, TLSRoute',
      { protocol: 'HTTP' },
      'TLSRoute',
      'False/NotAllowedByListeners',
    ],
    ['TLS passthrough listener, TLSRoute', tls, 'TLSRoute', 'True/Accepted'],
    [
      'TLS passthrough listener, HTTPRoute',
      tls,
      'HTTPRoute',
      'False/NotAllowedByListeners',
    ],
    [
      'kinds [HTTPRoute], HTTPRoute',
      { allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }] } },
      'HTTPRoute',
      'True/Accepted',
    ],
    [
      'kinds [HTTPRoute], GRPCRoute',
      { allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }] } },
      'GRPCRoute',
      'False/NotAllowedByListeners',
    ],
    [
      'kinds [GRPCRoute] with explicit group, GRPCRoute',
      {
        allowedRoutes: {
          kinds: [{ group: 'gateway.networking.k8s.io', kind: 'GRPCRoute' }],
        },
      },
      'GRPCRoute',
      'True/Accepted',
    ],
    [
      'kinds of another group only',
      {
        allowedRoutes: { kinds: [{ group: 'example.com', kind: 'HTTPRoute' }] },
      },
      'HTTPRoute',
      'False/NotAllowedByListeners',
    ],
  ])('%s', (_, listener, kind, expected) => {
    expect(parentCondition(judgeKind(listener, kind), 'r', 'Accepted')).toBe(
      expected,
    );
  });

  it('explains a kind refusal', () => {
    const analysis = judgeKind(
      { allowedRoutes: { kinds: [{ kind: 'HTTPRoute' }] } },
      'GRPCRoute',
    );
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'listener http of infra/public only accepts HTTPRoute; this route is a GRPCRoute',
    );
  });

  it('checks kinds and namespaces before hostnames', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [{ hostname: 'a.example.com' }]),
      httpRoute('shop/r', {
        parentRefs: [{ name: 'public', namespace: 'infra' }],
        hostnames: ['b.example.com'],
      }),
    ]);
    expect(parentCondition(analysis, 'r', 'Accepted')).toBe(
      'False/NotAllowedByListeners',
    );
  });
});
