import { analyzeGatewayApi } from './analyzeGatewayApi';
import {
  gateway,
  httpRoute,
  referenceGrant,
  route,
  service,
} from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ObjectReference } from './model';

const base = [
  gateway('infra/public', [{ allowedRoutes: { namespaces: { from: 'All' } } }]),
  service('shop/web', { ports: [{ name: 'http', port: 8080 }] }),
  service('shop/multi', { ports: [{ port: 80 }, { port: 443 }] }),
  service('shop/bare'),
  service('shop/external', { type: 'ExternalName', externalName: 'x.org' }),
  service('data/db', { ports: [{ port: 5432 }] }),
];

function portFindings(
  backendRefs: ObjectReference[],
  extra: KubernetesObject[] = [],
  kind = 'HTTPRoute',
) {
  const analysis = analyzeGatewayApi([
    ...base,
    ...extra,
    route(kind, 'shop/r', { backendRefs }),
  ]);
  return {
    messages: analysis.findings
      .filter(f => f.code === 'PortNotOnService')
      .map(f => `${f.severity}: ${f.message}`),
    resolved: parentCondition(analysis, 'r', 'ResolvedRefs'),
  };
}

const grant = referenceGrant(
  'data/g',
  [
    {
      group: 'gateway.networking.k8s.io',
      kind: 'HTTPRoute',
      namespace: 'shop',
    },
  ],
  [{ group: '', kind: 'Service' }],
);

// BackendRef.port is "the destination port number to use for this resource"; no route reason
// covers a port the Service lacks, so this is a warning and ResolvedRefs stays as it is.
describe('backend ports (PortNotOnService warning, ResolvedRefs untouched)', () => {
  it.each([
    [
      'a port the Service exposes',
      [{ name: 'web', port: 8080 }],
      [],
      'HTTPRoute',
      [],
    ],
    [
      'a port the Service lacks',
      [{ name: 'web', port: 80 }],
      [],
      'HTTPRoute',
      [
        'warning: HTTPRoute shop/r: rules[0].backendRefs[0] sends traffic to port 80 of Service shop/web, which only exposes port 8080',
      ],
    ],
    [
      'a Service with several ports',
      [{ name: 'multi', port: 8443 }],
      [],
      'GRPCRoute',
      [
        'warning: GRPCRoute shop/r: rules[0].backendRefs[0] sends traffic to port 8443 of Service shop/multi, which only exposes ports 80 and 443',
      ],
    ],
    [
      'a Service that lists no ports',
      [{ name: 'bare', port: 1 }],
      [],
      'HTTPRoute',
      [],
    ],
    [
      'an ExternalName Service',
      [{ name: 'external', port: 1 }],
      [],
      'HTTPRoute',
      [],
    ],
    ['a backendRef without port', [{ name: 'web' }], [], 'HTTPRoute', []],
    [
      'a missing Service (BackendNotFound instead)',
      [{ name: 'nope', port: 1 }],
      [],
      'HTTPRoute',
      [],
    ],
    [
      'a Service in another namespace without a grant (RefNotPermitted instead)',
      [{ name: 'db', namespace: 'data', port: 1 }],
      [],
      'HTTPRoute',
      [],
    ],
    [
      'a granted Service in another namespace',
      [{ name: 'db', namespace: 'data', port: 1 }],
      [grant],
      'HTTPRoute',
      [
        'warning: HTTPRoute shop/r: rules[0].backendRefs[0] sends traffic to port 1 of Service data/db, which only exposes port 5432',
      ],
    ],
  ])('%s', (_, refs, extra, kind, expected) => {
    expect(portFindings(refs, extra, kind).messages).toEqual(expected);
  });

  it('leaves ResolvedRefs True', () => {
    expect(portFindings([{ name: 'web', port: 80 }]).resolved).toBe(
      'True/ResolvedRefs',
    );
  });

  it('checks RequestMirror filters and names each rule and backendRef', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      httpRoute('shop/r', {
        rules: [
          { backendRefs: [{ name: 'web', port: 8080 }] },
          {
            filters: [
              {
                type: 'RequestMirror',
                requestMirror: { backendRef: { name: 'web', port: 9 } },
              },
            ],
            backendRefs: [
              { name: 'web', port: 8080 },
              { name: 'multi', port: 8080 },
            ],
          },
        ],
      }),
    ]);
    expect(
      analysis.findings
        .filter(f => f.code === 'PortNotOnService')
        .map(f => f.message.split(' sends')[0]),
    ).toEqual([
      'HTTPRoute shop/r: rules[1].filters[0]',
      'HTTPRoute shop/r: rules[1].backendRefs[1]',
    ]);
  });
});
