import { backend, route, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const prefix = { type: 'ReplacePrefixMatch', replacePrefixMatch: '/v2' };
const rewrite = { type: 'URLRewrite', urlRewrite: { path: prefix } };
const exact = [{ path: { type: 'Exact', value: '/v1' } }];

describe('replacePrefixMatch CEL rules (one PathPrefix match, after defaults)', () => {
  it.each<Case>([
    [
      'no matches (defaulted to PathPrefix "/")',
      route({ rules: [{ filters: [rewrite], backendRefs: [backend] }] }),
      [],
    ],
    [
      'a full-path rewrite with an Exact match',
      route({
        rules: [
          {
            matches: exact,
            filters: [
              {
                type: 'URLRewrite',
                urlRewrite: {
                  path: { type: 'ReplaceFullPath', replaceFullPath: '/' },
                },
              },
            ],
            backendRefs: [backend],
          },
        ],
      }),
      [],
    ],
    [
      'a backendRef rewrite with an Exact match',
      route({
        rules: [
          { matches: exact, backendRefs: [{ ...backend, filters: [rewrite] }] },
        ],
      }),
      [
        'spec.rules[0].backendRefs[0].filters[0].urlRewrite.path.replacePrefixMatch InvalidField HTTPRoute shop/x: spec.rules[0].backendRefs[0].filters[0].urlRewrite.path.replacePrefixMatch needs exactly one match in the rule, with a PathPrefix path',
      ],
    ],
    [
      'two backendRefs rewriting the prefix are not checked by the CRD (exists_one)',
      route({
        rules: [
          {
            matches: exact,
            backendRefs: [
              { ...backend, filters: [rewrite] },
              { ...backend, filters: [rewrite] },
            ],
          },
        ],
      }),
      [],
    ],
    [
      'a backendRef redirect with two matches',
      route({
        rules: [
          {
            matches: [{ path: { value: '/a' } }, { path: { value: '/b' } }],
            backendRefs: [
              {
                ...backend,
                filters: [
                  {
                    type: 'RequestRedirect',
                    requestRedirect: { path: prefix },
                  },
                ],
              },
            ],
          },
        ],
      }),
      [
        'spec.rules[0].backendRefs[0].filters[0].requestRedirect.path.replacePrefixMatch InvalidField',
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
