import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, route, service } from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

const web = service('infra/web');

describe('hostnames (spec: a route attaches when a listener hostname intersects)', () => {
  const listener = (hostname?: string) =>
    gateway('infra/public', [{ hostname }]);
  it.each([
    [
      'listener without hostname, route with one',
      undefined,
      ['a.example.com'],
      'True/Accepted',
    ],
    [
      'route without hostnames, listener with one',
      'a.example.com',
      undefined,
      'True/Accepted',
    ],
    ['equal hostnames', 'a.example.com', ['a.example.com'], 'True/Accepted'],
    [
      'different hostnames',
      'a.example.com',
      ['b.example.com'],
      'False/NoMatchingListenerHostname',
    ],
    [
      'wildcard listener, subdomain route',
      '*.example.com',
      ['a.example.com'],
      'True/Accepted',
    ],
    [
      'wildcard listener, deeper subdomain',
      '*.example.com',
      ['x.a.example.com'],
      'True/Accepted',
    ],
    [
      'wildcard listener, apex route',
      '*.example.com',
      ['example.com'],
      'False/NoMatchingListenerHostname',
    ],
    [
      'wildcard route, exact listener',
      'a.example.com',
      ['*.example.com'],
      'True/Accepted',
    ],
    [
      'wildcard route, apex listener',
      'example.com',
      ['*.example.com'],
      'False/NoMatchingListenerHostname',
    ],
    [
      'one of several route hostnames matches',
      'a.example.com',
      ['b.example.org', 'a.example.com'],
      'True/Accepted',
    ],
  ])('%s', (_, listenerHostname, hostnames, expected) => {
    const analysis = analyzeGatewayApi([
      listener(listenerHostname),
      web,
      httpRoute('infra/r', { hostnames }),
    ]);
    expect(parentCondition(analysis, 'r', 'Accepted')).toBe(expected);
  });

  it('explains a hostname refusal naming listener, Gateway and hostnames', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          hostname: '*.shop.example.com',
        },
      ]),
      httpRoute('infra/r', { hostnames: ['api.example.org'] }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'listener https of infra/public only accepts hostnames matching *.shop.example.com; this route asks for api.example.org',
    );
  });

  it('attaches to the listeners whose hostname fits, not the others', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [
        { name: 'shop', hostname: 'shop.example.com' },
        { name: 'api', hostname: 'api.example.com', port: 81 },
      ]),
      web,
      httpRoute('infra/r', { hostnames: ['api.example.com'] }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'attached to listener api of infra/public',
    );
  });

  it('applies to TLSRoutes on TLS listeners too', () => {
    const tls = gateway('infra/public', [
      {
        name: 'tls',
        port: 443,
        protocol: 'TLS',
        hostname: '*.example.com',
        tls: { mode: 'Passthrough' },
      },
    ]);
    const analysis = analyzeGatewayApi([
      tls,
      web,
      route('TLSRoute', 'infra/ok', { hostnames: ['db.example.com'] }),
      route('TLSRoute', 'infra/off', { hostnames: ['db.example.org'] }),
    ]);
    expect(parentCondition(analysis, 'ok', 'Accepted')).toBe('True/Accepted');
    expect(parentCondition(analysis, 'off', 'Accepted')).toBe(
      'False/NoMatchingListenerHostname',
    );
  });
});
