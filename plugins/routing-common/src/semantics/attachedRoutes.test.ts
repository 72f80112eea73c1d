import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, route, service } from './__testUtils__/builders';
import { attachedRoutes, parentCondition } from './__testUtils__/read';

const web = service('infra/web');

describe('listener attachedRoutes (spec: routes attached through parentRefs and allowedRoutes)', () => {
  const public80 = gateway('infra/public', [
    { name: 'http', hostname: 'foo.example.com' },
    { name: 'admin', port: 8080 },
  ]);
  it.each([
    ['no routes', [], 0, 0],
    ['one route on every listener', [httpRoute('infra/a')], 1, 1],
    ['two routes', [httpRoute('infra/a'), httpRoute('infra/b')], 2, 2],
    [
      'a route with BackendNotFound still counts',
      [httpRoute('infra/a', { backendRefs: [{ name: 'gone', port: 80 }] })],
      1,
      1,
    ],
    [
      'a route refused by hostname does not count there',
      [httpRoute('infra/a', { hostnames: ['bar.example.com'] })],
      0,
      1,
    ],
    [
      'a route naming one listener counts only there',
      [
        httpRoute('infra/a', {
          parentRefs: [{ name: 'public', sectionName: 'admin' }],
        }),
      ],
      0,
      1,
    ],
    [
      'a route attached twice to one listener counts once',
      [
        httpRoute('infra/a', {
          parentRefs: [
            { name: 'public' },
            { name: 'public', sectionName: 'http' },
            { name: 'public', port: 80 },
          ],
        }),
      ],
      1,
      1,
    ],
    [
      'a route from a namespace not allowed does not count',
      [
        httpRoute('shop/a', {
          parentRefs: [{ name: 'public', namespace: 'infra' }],
        }),
      ],
      0,
      0,
    ],
    [
      'routes of other kinds count alike',
      [
        route('GRPCRoute', 'infra/g', { hostnames: ['g.com'] }),
        httpRoute('infra/a', { hostnames: ['foo.example.com'] }),
      ],
      1,
      2,
    ],
    [
      'routes of the same name and different kinds are two routes',
      [
        route('GRPCRoute', 'infra/a', { hostnames: ['g.com'] }),
        httpRoute('infra/a', { hostnames: ['foo.example.com'] }),
      ],
      1,
      2,
    ],
    [
      'an HTTPRoute and a GRPCRoute on one hostname: only the accepted one counts (GRPCRoute spec)',
      [route('GRPCRoute', 'infra/g'), httpRoute('infra/a')],
      1,
      1,
    ],
  ])('%s', (_, routes, onHttp, onAdmin) => {
    const analysis = analyzeGatewayApi([public80, web, ...routes]);
    expect([
      attachedRoutes(analysis, 'public', 'http'),
      attachedRoutes(analysis, 'public', 'admin'),
    ]).toEqual([onHttp, onAdmin]);
  });

  it('counts routes on a listener whose certificate is not permitted', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          tls: { certificateRefs: [{ name: 'c', namespace: 'certs' }] },
        },
      ]),
      httpRoute('infra/a', { backendRefs: [{ name: 'gone', port: 80 }] }),
    ]);
    expect(attachedRoutes(analysis, 'public', 'https')).toBe(1);
  });

  it('attaches nothing to a listener with an unsupported protocol', () => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public', [{ name: 'odd', protocol: 'SCTP' }]),
      web,
      httpRoute('infra/a'),
    ]);
    expect(attachedRoutes(analysis, 'public', 'odd')).toBe(0);
    expect(parentCondition(analysis, 'a', 'Accepted')).toBe(
      'False/NotAllowedByListeners',
    );
  });
});
