import type { KubernetesObject } from '../kubernetes/objects';
import { route } from './__testUtils__/builders';
import { findings, NEW, OLD, path, r } from './__testUtils__/routes';

describe('HostnameConflict between routes of one kind (precedence: oldest, then namespace/name)', () => {
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'two HTTPRoutes without matches on one hostname: the older wins',
      [
        r('HTTPRoute', 'b', { hostnames: ['a.com'], created: OLD }),
        r('HTTPRoute', 'a', { hostnames: ['a.com'], created: NEW }),
      ],
      [
        'HTTPRoute shop/b and HTTPRoute shop/a both route a.com PathPrefix / on listener http of Gateway infra/public; HTTPRoute shop/b wins (older), HTTPRoute shop/a gets no traffic for these matches',
      ],
    ],
    [
      'same timestamps: the first by namespace/name wins',
      [
        r('HTTPRoute', 'b', { hostnames: ['a.com'], created: OLD }),
        r('HTTPRoute', 'a', { hostnames: ['a.com'], created: OLD }),
      ],
      [
        'HTTPRoute shop/a and HTTPRoute shop/b both route a.com PathPrefix / on listener http of Gateway infra/public; HTTPRoute shop/a wins (first by namespace/name), HTTPRoute shop/b gets no traffic for these matches',
      ],
    ],
    [
      'a route not yet created loses to an existing one',
      [
        r('HTTPRoute', 'a', { hostnames: ['a.com'] }),
        r('HTTPRoute', 'z', { hostnames: ['a.com'], created: NEW }),
      ],
      [expect.stringContaining('HTTPRoute shop/z wins (older)')],
    ],
    [
      'no matches equals an explicit PathPrefix / match',
      [
        r('HTTPRoute', 'a', { hostnames: ['a.com'] }),
        r('HTTPRoute', 'b', { hostnames: ['a.com'], rules: [[path('/')]] }),
      ],
      [expect.stringContaining('both route a.com PathPrefix /')],
    ],
    [
      'a trailing slash of a PathPrefix is ignored',
      [
        r('HTTPRoute', 'a', { hostnames: ['a.com'], rules: [[path('/api/')]] }),
        r('HTTPRoute', 'b', { hostnames: ['a.com'], rules: [[path('/api')]] }),
      ],
      [expect.stringContaining('PathPrefix /api on')],
    ],
    [
      'routes without hostnames on a listener without hostname share every hostname',
      [r('HTTPRoute', 'a'), r('HTTPRoute', 'b')],
      [expect.stringContaining('both route * PathPrefix /')],
    ],
    [
      'two GRPCRoutes with the same method',
      [
        r('GRPCRoute', 'a', {
          hostnames: ['g.com'],
          rules: [[{ method: { service: 'shop.Cart', method: 'Get' } }]],
        }),
        r('GRPCRoute', 'b', {
          hostnames: ['g.com'],
          rules: [[{ method: { service: 'shop.Cart', method: 'Get' } }]],
        }),
      ],
      [expect.stringContaining('both route g.com Exact shop.Cart/Get')],
    ],
  ])('%s', (_, objects, messages) => {
    expect(findings(objects, 'HostnameConflict')).toEqual(
      messages.map(message => ({
        severity: 'warning',
        code: 'HostnameConflict',
        message,
      })),
    );
  });

  it.each<[string, KubernetesObject[]]>([
    [
      'different hostnames',
      [
        r('HTTPRoute', 'a', { hostnames: ['a.com'] }),
        r('HTTPRoute', 'b', { hostnames: ['b.com'] }),
      ],
    ],
    [
      'a wildcard and an exact hostname (the exact one takes precedence)',
      [
        r('HTTPRoute', 'a', { hostnames: ['*.a.com'] }),
        r('HTTPRoute', 'b', { hostnames: ['x.a.com'] }),
      ],
    ],
    [
      'different path types on one value',
      [
        r('HTTPRoute', 'a', {
          hostnames: ['a.com'],
          rules: [[path('/api', 'Exact')]],
        }),
        r('HTTPRoute', 'b', { hostnames: ['a.com'], rules: [[path('/api')]] }),
      ],
    ],
    [
      'one path but an extra header match (more header matches take precedence)',
      [
        r('HTTPRoute', 'a', {
          hostnames: ['a.com'],
          rules: [[{ ...path('/'), headers: [{ name: 'x-v', value: '2' }] }]],
        }),
        r('HTTPRoute', 'b', { hostnames: ['a.com'] }),
      ],
    ],
    [
      'routes that are not attached (the gateway refuses TLSRoutes here)',
      [
        route('TLSRoute', 'shop/a', { hostnames: ['a.com'] }),
        route('TLSRoute', 'shop/b', { hostnames: ['a.com'] }),
      ],
    ],
  ])('no conflict: %s', (_, objects) => {
    expect(findings(objects, 'HostnameConflict')).toEqual([]);
  });

  it('uses the effective hostname: two routes without hostnames take the listener hostname', () => {
    const found = findings(
      [r('HTTPRoute', 'a'), r('HTTPRoute', 'b')],
      'HostnameConflict',
      'shop.com',
    );
    expect(found.map(f => f.message)).toEqual([
      expect.stringContaining('both route shop.com PathPrefix /'),
    ]);
  });
});

describe('HostnameConflict between an HTTPRoute and a GRPCRoute (GRPCRoute spec: only one is accepted)', () => {
  it.each<[string, KubernetesObject[], string | undefined]>([
    [
      'one hostname: the older GRPCRoute is accepted, the HTTPRoute rejected',
      [
        r('GRPCRoute', 'g', { hostnames: ['api.com'], created: OLD }),
        r('HTTPRoute', 'h', { hostnames: ['api.com'], created: NEW }),
      ],
      'GRPCRoute shop/g and HTTPRoute shop/h are a GRPCRoute and an HTTPRoute on one hostname (api.com) on listener http of Gateway infra/public; they are not merged: only GRPCRoute shop/g is accepted (older), HTTPRoute shop/h is rejected',
    ],
    [
      'intersecting hostnames (wildcard and exact) count, whatever the matches',
      [
        r('HTTPRoute', 'h', {
          hostnames: ['*.api.com'],
          rules: [[path('/web')]],
        }),
        r('GRPCRoute', 'g', { hostnames: ['x.api.com'] }),
      ],
      'GRPCRoute shop/g and HTTPRoute shop/h are a GRPCRoute and an HTTPRoute on one hostname (x.api.com) on listener http of Gateway infra/public; they are not merged: only GRPCRoute shop/g is accepted (first by namespace/name), HTTPRoute shop/h is rejected',
    ],
    [
      'disjoint hostnames do not conflict',
      [
        r('HTTPRoute', 'h', { hostnames: ['web.com'] }),
        r('GRPCRoute', 'g', { hostnames: ['api.com'] }),
      ],
      undefined,
    ],
  ])('%s', (_, objects, message) => {
    expect(findings(objects, 'HostnameConflict')).toEqual(
      message ? [{ severity: 'error', code: 'HostnameConflict', message }] : [],
    );
  });
});
