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

const GROUP = 'gateway.networking.k8s.io';
const base = [
  gateway('infra/public', [{ allowedRoutes: { namespaces: { from: 'All' } } }]),
];

function resolve(
  backendRefs: ObjectReference[],
  extra: KubernetesObject[] = [],
  kind = 'HTTPRoute',
) {
  const analysis = analyzeGatewayApi([
    ...base,
    service('shop/web'),
    service('data/db'),
    ...extra,
    route(kind, 'shop/r', { backendRefs }),
  ]);
  return parentCondition(analysis, 'r', 'ResolvedRefs');
}

describe('backendRefs (spec: core Services, in the route namespace unless granted)', () => {
  it.each([
    [
      'a Service in the route namespace',
      [{ name: 'web', port: 80 }],
      'True/ResolvedRefs',
    ],
    [
      'explicit core group and Service kind',
      [{ group: '', kind: 'Service', name: 'web', port: 80 }],
      'True/ResolvedRefs',
    ],
    [
      'a Service missing from the input',
      [{ name: 'nope', port: 80 }],
      'False/BackendNotFound',
    ],
    [
      'another kind',
      [{ group: '', kind: 'ConfigMap', name: 'web' }],
      'False/InvalidKind',
    ],
    [
      'another group',
      [{ group: 'multicluster.x-k8s.io', kind: 'ServiceImport', name: 'web' }],
      'False/InvalidKind',
    ],
    [
      'a Service in another namespace without a grant',
      [{ name: 'db', namespace: 'data', port: 5432 }],
      'False/RefNotPermitted',
    ],
    [
      'the first broken backend sets the reason',
      [
        { name: 'web', port: 80 },
        { name: 'nope', port: 80 },
        { kind: 'Pod', name: 'x' },
      ],
      'False/BackendNotFound',
    ],
  ])('%s', (_, refs, expected) => {
    expect(resolve(refs)).toBe(expected);
  });

  it('checks RequestMirror filters too', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      service('shop/web'),
      httpRoute('shop/r', {
        rules: [
          {
            filters: [
              {
                type: 'RequestMirror',
                requestMirror: { backendRef: { name: 'shadow', port: 80 } },
              },
            ],
            backendRefs: [{ name: 'web', port: 80 }],
          },
        ],
      }),
    ]);
    expect(parentCondition(analysis, 'r', 'ResolvedRefs')).toBe(
      'False/BackendNotFound',
    );
    expect(analysis.routes[0].parents[0].conditions[1].message).toBe(
      'rules[0].filters[0] refers to Service shop/shadow, which does not exist',
    );
  });

  it('names every broken backend in the message', () => {
    const analysis = analyzeGatewayApi([
      ...base,
      httpRoute('shop/r', {
        backendRefs: [
          { name: 'a', port: 80 },
          { name: 'db', namespace: 'data', port: 1 },
        ],
      }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[1].message).toBe(
      'rules[0].backendRefs[0] refers to Service shop/a, which does not exist; ' +
        'rules[0].backendRefs[1] refers to Service data/db, but no ReferenceGrant in data lets HTTPRoutes from shop use it',
    );
  });
});

describe('ReferenceGrant for cross-namespace backends (spec: from group/kind/namespace, to group/kind/name)', () => {
  const db = [{ name: 'db', namespace: 'data', port: 5432 }];
  const from = (
    over: Partial<{ group: string; kind: string; namespace: string }> = {},
  ) => [{ group: GROUP, kind: 'HTTPRoute', namespace: 'shop', ...over }];
  const toService = (name?: string) => [
    { group: '', kind: 'Service', ...(name ? { name } : {}) },
  ];
  it.each([
    [
      'v1 grant for every Service',
      referenceGrant('data/g', from(), toService()),
      'True/ResolvedRefs',
    ],
    [
      'v1beta1 grant for every Service',
      referenceGrant('data/g', from(), toService(), 'v1beta1'),
      'True/ResolvedRefs',
    ],
    [
      'v1 grant naming the Service',
      referenceGrant('data/g', from(), toService('db')),
      'True/ResolvedRefs',
    ],
    [
      'v1beta1 grant naming the Service',
      referenceGrant('data/g', from(), toService('db'), 'v1beta1'),
      'True/ResolvedRefs',
    ],
    [
      'grant naming another Service',
      referenceGrant('data/g', from(), toService('cache')),
      'False/RefNotPermitted',
    ],
    [
      'grant in the route namespace instead',
      referenceGrant('shop/g', from(), toService()),
      'False/RefNotPermitted',
    ],
    [
      'grant from another group',
      referenceGrant('data/g', from({ group: 'example.com' }), toService()),
      'False/RefNotPermitted',
    ],
    [
      'grant from another kind',
      referenceGrant('data/g', from({ kind: 'GRPCRoute' }), toService()),
      'False/RefNotPermitted',
    ],
    [
      'grant from another namespace',
      referenceGrant('data/g', from({ namespace: 'lab' }), toService()),
      'False/RefNotPermitted',
    ],
    [
      'grant to Secrets only',
      referenceGrant('data/g', from(), [{ group: '', kind: 'Secret' }]),
      'False/RefNotPermitted',
    ],
  ])('%s', (_, grant, expected) => {
    expect(resolve(db, [grant])).toBe(expected);
  });

  it('grants by route kind: a GRPCRoute grant serves GRPCRoutes', () => {
    const grant = referenceGrant(
      'data/g',
      from({ kind: 'GRPCRoute' }),
      toService(),
    );
    expect(resolve(db, [grant], 'GRPCRoute')).toBe('True/ResolvedRefs');
  });

  it('a granted Service still has to exist', () => {
    const grant = referenceGrant('data/g', from(), toService());
    expect(
      resolve([{ name: 'cache', namespace: 'data', port: 6379 }], [grant]),
    ).toBe('False/BackendNotFound');
  });
});
