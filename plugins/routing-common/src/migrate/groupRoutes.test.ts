import { ingress, rule } from '../ingress/__testUtils__/builders';
import type { KubernetesObject } from '../kubernetes/objects';
import {
  convert,
  createdAt,
  hostRule,
  ofKind,
  path,
} from './__testUtils__/convert';

const nginx = (
  key: string,
  rules: unknown[],
  extra: Record<string, unknown> = {},
  annotations?: Record<string, string>,
) => ingress(key, { ingressClassName: 'nginx', rules, ...extra }, annotations);

const routes = (objects: KubernetesObject[]) =>
  convert(objects).objects.filter(o => o.kind !== 'Gateway');

const summary = (objects: KubernetesObject[]) =>
  routes(objects).map(r => ({
    kind: r.kind,
    name: r.metadata?.name,
    hostnames: r.spec.hostnames,
    rules: r.spec.rules.map((x: any): string[] => [
      x.matches?.[0]?.path?.value ?? '(all)',
      ...x.backendRefs.map((b: any) => b.name),
    ]),
  }));

describe('groupRoutes: one route per namespace, class, host and protocol', () => {
  it('merges Ingresses of one host in ingress-nginx order: oldest first, then namespace/name', () => {
    const objects = [
      createdAt(
        nginx('shop/b-new', [hostRule('a.io', path('/new', 'Prefix', 'new'))]),
        '2024-03-01T00:00:00Z',
      ),
      createdAt(
        nginx('shop/z-old', [hostRule('a.io', path('/old', 'Prefix', 'old'))]),
        '2024-01-01T00:00:00Z',
      ),
      createdAt(
        nginx('shop/a-old', [hostRule('a.io', path('/tie', 'Prefix', 'tie'))]),
        '2024-01-01T00:00:00Z',
      ),
    ];
    expect(summary(objects)).toEqual([
      {
        kind: 'HTTPRoute',
        name: 'a-old-a-io',
        hostnames: ['a.io'],
        rules: [
          ['/tie', 'tie'],
          ['/old', 'old'],
          ['/new', 'new'],
        ],
      },
    ]);
  });

  it('puts an Ingress without creationTimestamp (not applied yet) after those with one', () => {
    const objects = [
      nginx('shop/a-file', [hostRule('a.io', path('/file', 'Prefix'))]),
      createdAt(
        nginx('shop/z-live', [hostRule('a.io', path('/live', 'Prefix'))]),
        '2024-01-01T00:00:00Z',
      ),
    ];
    expect(summary(objects)[0].rules.map((r: string[]) => r[0])).toEqual([
      '/live',
      '/file',
    ]);
  });

  it('makes the same (pathType, path) of several Ingresses one rule with several backends', () => {
    const objects = [
      nginx('shop/main', [hostRule('a.io', path('/', 'Prefix', 'stable'))]),
      nginx(
        'shop/main-canary',
        [hostRule('a.io', path('/', 'Prefix', 'canary'))],
        {},
        {
          'nginx.ingress.kubernetes.io/canary': 'true',
        },
      ),
    ];
    expect(summary(objects)[0].rules).toEqual([['/', 'stable', 'canary']]);
  });

  it('serves a path that two main Ingresses define from the first in ingress-nginx order, with a warning', () => {
    const result = convert([
      createdAt(
        nginx('shop/new', [hostRule('a.io', path('/', 'Prefix', 'new'))]),
        '2024-02-01T00:00:00Z',
      ),
      createdAt(
        nginx('shop/old', [hostRule('a.io', path('/', 'Prefix', 'old'))]),
        '2024-01-01T00:00:00Z',
      ),
    ]);
    expect(ofKind(result.objects, 'HTTPRoute')[0].spec.rules).toEqual([
      {
        matches: [{ path: { type: 'PathPrefix', value: '/' } }],
        backendRefs: [{ name: 'old', port: 80 }],
      },
    ]);
    expect(result.notes).toEqual([
      expect.objectContaining({
        object: 'Ingress shop/new',
        field: 'spec.rules[0].http.paths[0].backend',
        level: 'warning',
        message: expect.stringContaining('already served by Ingress shop/old'),
      }),
      expect.objectContaining({
        object: 'Ingress shop/new',
        field: 'spec',
        level: 'error',
      }),
    ]);
  });

  it('keeps the same path with another pathType as its own rule', () => {
    const objects = [
      nginx('shop/web', [
        hostRule('a.io', path('/x', 'Prefix'), path('/x', 'Exact')),
      ]),
    ];
    expect(
      routes(objects)[0].spec.rules.map((r: any) => r.matches[0].path),
    ).toEqual([
      { type: 'PathPrefix', value: '/x' },
      { type: 'Exact', value: '/x' },
    ]);
  });

  it.each<[string, KubernetesObject[], number]>([
    [
      'another namespace: two routes',
      [nginx('shop/web', [rule('a.io')]), nginx('lab/web', [rule('a.io')])],
      2,
    ],
    [
      'another class: two routes',
      [
        nginx('shop/web', [rule('a.io')]),
        nginx('shop/api', [rule('a.io')], { ingressClassName: 'traefik' }),
      ],
      2,
    ],
    [
      'another host: two routes',
      [nginx('shop/web', [rule('a.io'), rule('b.io')])],
      2,
    ],
    [
      'the same host in two rules: one route',
      [nginx('shop/web', [rule('a.io'), rule('a.io', 'api')])],
      1,
    ],
  ])('%s', (_name, objects, count) => {
    expect(routes(objects)).toHaveLength(count);
  });
});

describe('route names', () => {
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'one Ingress, one host: the Ingress name',
      [nginx('shop/web', [rule('a.io')])],
      ['web'],
    ],
    [
      'one Ingress, no host: the Ingress name',
      [nginx('shop/web', [rule(undefined)])],
      ['web'],
    ],
    [
      'several hosts: <ingress>-<name from host>, wildcard and no host included',
      [
        nginx('shop/web', [
          rule('a.example.com'),
          rule('*.example.com'),
          rule(undefined),
        ]),
      ],
      ['web-a-example-com', 'web-wildcard-example-com', 'web-all-hosts'],
    ],
    [
      'several Ingresses for one host: the first Ingress name and the host',
      [
        nginx('shop/web', [rule('a.io')]),
        nginx('shop/api', [hostRule('a.io', path('/api', 'Prefix', 'api'))]),
      ],
      ['api-a-io'],
    ],
    [
      'an Ingress with a defaultBackend: its host route gets the host',
      [
        nginx('shop/web', [rule('a.io')], {
          defaultBackend: { service: { name: 'web', port: { number: 80 } } },
        }),
      ],
      ['web-a-io', 'web-default-backend'],
    ],
  ])('%s', (_name, objects, names) => {
    expect(routes(objects).map(r => r.metadata?.name)).toEqual(names);
  });

  it('gives a route whose name is taken another name, with a note', () => {
    const objects = [
      nginx('shop/web', [rule('x.io'), rule('y.io')]),
      nginx('shop/web-x-io', [rule('z.io')]),
    ];
    const result = convert(objects);
    expect(
      ofKind(result.objects, 'HTTPRoute').map(r => r.metadata?.name),
    ).toEqual(['web-x-io', 'web-y-io', 'web-x-io-2']);
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        object: 'Ingress shop/web-x-io',
        level: 'warning',
        message: expect.stringContaining('is named web-x-io-2'),
      }),
    );
  });

  it('lets a GRPCRoute share its name with an HTTPRoute (another kind)', () => {
    const objects = [
      nginx('shop/web', [rule('a.io'), rule('b.io')]),
      nginx(
        'shop/web-a-io',
        [rule('a.io', 'rpc')],
        {},
        {
          'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
        },
      ),
    ];
    expect(summary(objects).map(r => [r.kind, r.name])).toEqual([
      ['HTTPRoute', 'web-a-io'],
      ['HTTPRoute', 'web-b-io'],
      ['GRPCRoute', 'web-a-io'],
    ]);
  });
});
