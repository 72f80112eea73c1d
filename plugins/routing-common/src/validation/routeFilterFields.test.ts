import { backend, found, route, rule, times } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const run = (cases: Case[]) =>
  it.each<Case>(cases)('%s', (_, object, expected) => {
    expect(found(object)).toEqual(
      expected.map(e => expect.stringContaining(e)),
    );
  });

describe('filters (type and settings field, no repeats, replacePrefixMatch only with one PathPrefix match)', () => {
  const prefix = { type: 'ReplacePrefixMatch', replacePrefixMatch: '/v2' };
  const rewrite = { type: 'URLRewrite', urlRewrite: { path: prefix } };
  const redirect = {
    type: 'RequestRedirect',
    requestRedirect: { path: prefix },
  };
  run([
    [
      'URLRewrite with one PathPrefix match',
      rule({ matches: [{ path: { value: '/v1' } }], filters: [rewrite] }),
      [],
    ],
    [
      'URLRewrite with an Exact match',
      rule({
        matches: [{ path: { type: 'Exact', value: '/v1' } }],
        filters: [rewrite],
      }),
      [
        'spec.rules[0].filters[0].urlRewrite.path.replacePrefixMatch InvalidField',
      ],
    ],
    [
      'URLRewrite with two matches',
      rule({
        matches: [{ path: { value: '/a' } }, { path: { value: '/b' } }],
        filters: [rewrite],
      }),
      ['replacePrefixMatch InvalidField'],
    ],
    [
      'RequestRedirect without matches (the CRD defaults one PathPrefix "/" match)',
      route({ rules: [{ filters: [redirect] }] }),
      [],
    ],
    [
      'RequestRedirect with a match without path (defaulted to PathPrefix "/")',
      route({ rules: [{ matches: [{}], filters: [redirect] }] }),
      [],
    ],
    [
      'RequestRedirect with an empty matches list',
      route({ rules: [{ matches: [], filters: [redirect] }] }),
      [
        'spec.rules[0].filters[0].requestRedirect.path.replacePrefixMatch InvalidField',
      ],
    ],
    [
      'RequestRedirect with backendRefs',
      rule({
        filters: [
          { type: 'RequestRedirect', requestRedirect: { statusCode: 301 } },
        ],
      }),
      [
        'spec.rules[0].filters InvalidField HTTPRoute shop/x: spec.rules[0].filters must not have a RequestRedirect filter when the rule has backendRefs',
      ],
    ],
    [
      'a filter without type',
      rule({ filters: [{ requestHeaderModifier: {} }] }),
      [
        'spec.rules[0].filters[0].type InvalidField HTTPRoute shop/x: spec.rules[0].filters[0].type is required',
        'spec.rules[0].filters[0].requestHeaderModifier InvalidField',
      ],
    ],
    [
      'a type without its settings',
      rule({ filters: [{ type: 'URLRewrite' }] }),
      ['spec.rules[0].filters[0].urlRewrite InvalidField'],
    ],
    [
      'settings of another type',
      rule({
        filters: [
          {
            type: 'RequestMirror',
            requestMirror: { backendRef: backend },
            cors: {},
          },
        ],
      }),
      ['filters[0].cors InvalidField'],
    ],
    [
      'a repeated header modifier',
      rule({
        filters: times(2, {
          type: 'RequestHeaderModifier',
          requestHeaderModifier: {},
        }),
      }),
      [
        'spec.rules[0].filters InvalidField HTTPRoute shop/x: spec.rules[0].filters must not repeat the RequestHeaderModifier filter',
      ],
    ],
    [
      'URLRewrite on a GRPCRoute',
      rule({ filters: [{ type: 'URLRewrite', urlRewrite: {} }] }, 'GRPCRoute'),
      ['filters[0].type InvalidField'],
    ],
    [
      'ReplaceFullPath without replaceFullPath',
      rule({
        filters: [
          {
            type: 'URLRewrite',
            urlRewrite: { path: { type: 'ReplaceFullPath' } },
          },
        ],
      }),
      ['urlRewrite.path.replaceFullPath InvalidField'],
    ],
  ]);
});
