import { findings, path, r } from './__testUtils__/routes';

describe('ShadowedRule (ties within a route go to the first rule)', () => {
  it.each<[string, unknown[][], string[]]>([
    [
      'a rule repeating an earlier match is never used',
      [[path('/a')], [path('/a')]],
      [
        'HTTPRoute shop/a: rules[1] is never used; its match PathPrefix /a already appears in rules[0], and the first rule wins a tie',
      ],
    ],
    [
      'a rule whose matches all appear in earlier rules',
      [[path('/a')], [path('/b', 'Exact')], [path('/b', 'Exact'), path('/a')]],
      [
        'HTTPRoute shop/a: rules[2] is never used; its matches Exact /b; PathPrefix /a already appear in rules[0], rules[1], and the first rule wins a tie',
      ],
    ],
    [
      'two rules without matches: the second is shadowed',
      [[], []],
      [
        expect.stringContaining(
          'rules[1] is never used; its match PathPrefix / already appears in rules[0]',
        ),
      ],
    ],
    [
      'header order and header name case do not matter',
      [
        [
          {
            ...path('/'),
            headers: [
              { name: 'X-A', value: '1' },
              { name: 'x-b', value: '2' },
            ],
          },
        ],
        [
          {
            ...path('/'),
            headers: [
              { name: 'x-b', value: '2' },
              { name: 'x-a', value: '1' },
            ],
          },
        ],
      ],
      [expect.stringContaining('rules[1] is never used')],
    ],
    [
      'a rule with one new match is used',
      [[path('/a')], [path('/a'), path('/b')]],
      [],
    ],
    [
      'a different method is a different match',
      [[path('/a')], [{ ...path('/a'), method: 'POST' }]],
      [],
    ],
    [
      'a different query parameter is a different match',
      [
        [{ ...path('/a'), queryParams: [{ name: 'v', value: '1' }] }],
        [{ ...path('/a'), queryParams: [{ name: 'v', value: '2' }] }],
      ],
      [],
    ],
    [
      'a more specific later rule still wins by precedence',
      [[path('/')], [path('/api')]],
      [],
    ],
  ])('%s', (_, rules, messages) => {
    expect(findings([r('HTTPRoute', 'a', { rules })], 'ShadowedRule')).toEqual(
      messages.map(message => ({
        severity: 'warning',
        code: 'ShadowedRule',
        message,
      })),
    );
  });

  it('applies to GRPCRoute rules too', () => {
    const get = { method: { service: 'shop.Cart', method: 'Get' } };
    const found = findings(
      [r('GRPCRoute', 'g', { rules: [[get], [get]] })],
      'ShadowedRule',
    );
    expect(found.map(f => f.message)).toEqual([
      'GRPCRoute shop/g: rules[1] is never used; its match Exact shop.Cart/Get already appears in rules[0], and the first rule wins a tie',
    ]);
  });
});
