import { found, match, times } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const run = (cases: Case[]) =>
  it.each<Case>(cases)('%s', (_, object, expected) => {
    expect(found(object)).toEqual(
      expected.map(e => expect.stringContaining(e)),
    );
  });

describe('path match values (PathPrefix and Exact CEL rules; RegularExpression free)', () => {
  it.each([
    ['api', 'must start with "/"'],
    ['/a//b', '"//"'],
    ['/a/./b', '"/./"'],
    ['/a/../b', '"/../"'],
    ['/a%2fb', '"%2f"'],
    ['/a%2Fb', '"%2F"'],
    ['/a#b', '"#"'],
    ['/a/..', '"/.."'],
    ['/a/.', '"/."'],
    ['/a b', 'URL path characters'],
  ])('rejects %s', (value, broken) => {
    for (const type of ['PathPrefix', 'Exact']) {
      expect(found(match({ path: { type, value } }))).toEqual([
        expect.stringContaining(
          `spec.rules[0].matches[0].path.value InvalidPath HTTPRoute shop/x: spec.rules[0].matches[0].path.value must`,
        ),
      ]);
      expect(found(match({ path: { type, value } }))[0]).toContain(broken);
    }
  });
  run([
    [
      'a RegularExpression with "//"',
      match({ path: { type: 'RegularExpression', value: '^/a//.*' } }),
      [],
    ],
    [
      'an unknown type',
      match({ path: { type: 'Glob', value: '/a' } }),
      ['spec.rules[0].matches[0].path.type InvalidField'],
    ],
    [
      'a value of 1025 characters',
      match({ path: { value: `/${'a'.repeat(1024)}` } }),
      ['path.value InvalidPath'],
    ],
  ]);
});

describe('header and query param names (pattern, 1-256 characters, at most 16), values and types', () => {
  run([
    [
      'a token header name',
      match({ headers: [{ name: 'X-Env_1~', value: 'a' }] }),
      [],
    ],
    [
      'a header name with ":"',
      match({ headers: [{ name: ':path', value: 'a' }] }),
      ['spec.rules[0].matches[0].headers[0].name InvalidField'],
    ],
    [
      'a query param name with a space',
      match({ queryParams: [{ name: 'a b', value: 'a' }] }),
      ['spec.rules[0].matches[0].queryParams[0].name InvalidField'],
    ],
    [
      'an empty header value',
      match({ headers: [{ name: 'x', value: '' }] }),
      ['headers[0].value InvalidField'],
    ],
    [
      'a query param value of 1025 characters',
      match({ queryParams: [{ name: 'q', value: 'a'.repeat(1025) }] }),
      ['queryParams[0].value InvalidField'],
    ],
    [
      'a header match type Prefix',
      match({ headers: [{ name: 'x', value: 'a', type: 'Prefix' }] }),
      ['headers[0].type InvalidField'],
    ],
    [
      '17 headers',
      match({
        headers: times(17, 0).map((_, i) => ({ name: `x${i}`, value: 'a' })),
      }),
      ['matches[0].headers InvalidField'],
    ],
    [
      'a repeated header name',
      match({
        headers: [
          { name: 'x', value: 'a' },
          { name: 'x', value: 'b' },
        ],
      }),
      [
        'spec.rules[0].matches[0].headers[1] InvalidField HTTPRoute shop/x: spec.rules[0].matches[0].headers[1] must not repeat the name "x"',
      ],
    ],
    [
      'header names differing in case (distinct keys to the API server)',
      match({
        headers: [
          { name: 'x', value: 'a' },
          { name: 'X', value: 'b' },
        ],
      }),
      [],
    ],
    [
      'a repeated query param name',
      match({
        queryParams: [
          { name: 'q', value: 'a' },
          { name: 'q', value: 'b' },
        ],
      }),
      ['spec.rules[0].matches[0].queryParams[1] InvalidField'],
    ],
  ]);
});

describe('method (the HTTP method enum)', () => {
  run([
    ['PATCH', match({ method: 'PATCH' }), []],
    [
      'get in lower case',
      match({ method: 'get' }),
      [
        'spec.rules[0].matches[0].method InvalidField HTTPRoute shop/x: spec.rules[0].matches[0].method must be one of GET, HEAD',
      ],
    ],
  ]);
});

describe('GRPCRoute method.service and method.method (Exact: patterns; one of them set)', () => {
  const grpc = (method: Record<string, unknown>) =>
    match({ method }, 'GRPCRoute');
  run([
    [
      'service and method',
      grpc({ service: 'shop.v1.Cart', method: 'Get_1' }),
      [],
    ],
    ['service only, with a leading dot', grpc({ service: '.shop.Cart' }), []],
    [
      'neither',
      grpc({ type: 'Exact' }),
      [
        'spec.rules[0].matches[0].method InvalidField GRPCRoute shop/x: spec.rules[0].matches[0].method must set service, method or both',
      ],
    ],
    [
      'a service with "/"',
      grpc({ service: 'shop/Cart' }),
      ['matches[0].method.service InvalidField'],
    ],
    [
      'a method starting with a digit',
      grpc({ service: 's', method: '1Get' }),
      ['matches[0].method.method InvalidField'],
    ],
    [
      'RegularExpression is not held to the patterns',
      grpc({ type: 'RegularExpression', service: 'shop\\..*' }),
      [],
    ],
    [
      'a GRPCRoute header name',
      match({ headers: [{ name: 'a b', value: 'v' }] }, 'GRPCRoute'),
      ['headers[0].name InvalidField'],
    ],
  ]);
});
