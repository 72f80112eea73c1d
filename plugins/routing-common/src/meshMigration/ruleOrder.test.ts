import type { MigrationNote } from '../migrate/types';
import { noteSink } from './noteSink';
import { noteRuleOrder } from './ruleOrder';
import type { MeshRouteKind } from './types';

type Match = Record<string, unknown>;

const path = (type: string, value: string, extra: Match = {}): Match => ({
  path: { type, value },
  ...extra,
});
const service = (name: string, method?: string): Match => ({
  method: { type: 'Exact', service: name, ...(method ? { method } : {}) },
});

/** The fields warned about when rules with these matches are converted in this order. */
function warned(kind: MeshRouteKind, ...ruleMatches: Match[][]) {
  const notes: MigrationNote[] = [];
  noteRuleOrder(
    kind,
    ruleMatches.map((matches, i) => ({
      field: `spec.http[${i}]`,
      rule: matches.length ? { matches } : {},
    })),
    noteSink('VirtualService shop/a', notes),
  );
  return notes.map(n => `${n.level} ${n.field}`);
}

describe('noteRuleOrder', () => {
  it('warns on a later rule whose longer prefix takes requests an earlier prefix took under Istio', () => {
    expect(
      warned(
        'HTTPRoute',
        [path('PathPrefix', '/api')],
        [path('PathPrefix', '/api/v2')],
      ),
    ).toEqual(['warning spec.http[1]']);
  });

  it('says why, naming both rules', () => {
    const notes: MigrationNote[] = [];
    noteRuleOrder(
      'HTTPRoute',
      [
        { field: 'spec.http[0]', rule: {} },
        {
          field: 'spec.http[2]',
          rule: { matches: [path('Exact', '/health')] },
        },
      ],
      noteSink('VirtualService shop/a', notes),
    );
    expect(notes).toEqual([
      expect.objectContaining({
        field: 'spec.http[2]',
        message: expect.stringMatching(
          /^rule order: a request that both spec.http\[0\] and spec.http\[2\] match went to spec.http\[0\] under Istio, which takes the first matching route, and goes to spec.http\[2\]'s rule in the HTTPRoute/,
        ),
      }),
    ]);
  });

  it('says nothing when the rules are already from the most specific down', () => {
    expect(
      warned(
        'HTTPRoute',
        [path('Exact', '/api')],
        [path('PathPrefix', '/api/v2')],
        [path('PathPrefix', '/api', { method: 'GET' })],
        [path('PathPrefix', '/api')],
        [],
      ),
    ).toEqual([]);
  });

  it('ranks an Exact path, then a method, over a prefix of the same length', () => {
    expect(
      warned(
        'HTTPRoute',
        [path('PathPrefix', '/api')],
        [path('Exact', '/api')],
        [path('PathPrefix', '/api', { method: 'GET' })],
      ),
    ).toEqual(['warning spec.http[1]', 'warning spec.http[2]']);
  });

  it('ranks more header matches, then more query matches, over fewer', () => {
    const header = {
      headers: [{ type: 'Exact', name: 'X-Canary', value: '1' }],
    };
    const query = { queryParams: [{ type: 'Exact', name: 'v', value: '2' }] };
    expect(
      warned(
        'HTTPRoute',
        [path('PathPrefix', '/')],
        [path('PathPrefix', '/', header)],
      ),
    ).toEqual(['warning spec.http[1]']);
    expect(
      warned(
        'HTTPRoute',
        [path('PathPrefix', '/')],
        [path('PathPrefix', '/', query)],
      ),
    ).toEqual(['warning spec.http[1]']);
  });

  it('says nothing for matches no request satisfies both', () => {
    expect(
      warned(
        'HTTPRoute',
        [path('PathPrefix', '/a')],
        [path('PathPrefix', '/ab/c')],
        [path('PathPrefix', '/b', { method: 'GET' })],
        [path('PathPrefix', '/b/c', { method: 'POST' })],
        [path('PathPrefix', '/c', { headers: [{ name: 'x', value: '1' }] })],
        [
          path('PathPrefix', '/c/d', {
            headers: [{ type: 'Exact', name: 'X', value: '2' }],
          }),
        ],
      ),
    ).toEqual([]);
  });

  it('leaves regular expressions out: their precedence is implementation-specific', () => {
    expect(
      warned(
        'HTTPRoute',
        [path('RegularExpression', '/a.*')],
        [path('PathPrefix', '/a/b')],
      ),
    ).toEqual([]);
  });

  it('ranks a GRPCRoute match naming a method over one naming only its service', () => {
    expect(
      warned(
        'GRPCRoute',
        [service('shop.Cart')],
        [service('shop.Cart', 'AddItem')],
        [service('shop.Orders', 'Get')],
      ),
    ).toEqual(['warning spec.http[1]']);
  });
});
