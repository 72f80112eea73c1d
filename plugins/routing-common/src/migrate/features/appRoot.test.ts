import { appRoot } from './appRoot';
import {
  notesAbout,
  runFeatures,
  TestPath,
} from './__testUtils__/conversionState';

const rulesOf = (
  annotations: Record<string, string>,
  paths: TestPath[] = [{ service: 'app' }],
) => {
  const state = runFeatures(
    [appRoot],
    [{ name: 'web', annotations, rules: [{ host: 'a.example.com', paths }] }],
  );
  return {
    state,
    rules: state.routes[0].rules.map(r => ({
      matches: r.matches,
      backends: r.backends.length,
      filters: r.filters,
    })),
  };
};
const to = (path: string) => [
  {
    type: 'RequestRedirect',
    requestRedirect: {
      path: { type: 'ReplaceFullPath', replaceFullPath: path },
      statusCode: 302,
    },
  },
];
const exactRoot = [{ path: { type: 'Exact', value: '/' } }];

describe('app-root', () => {
  it.each([
    [
      'a Prefix / keeps serving and gets an Exact / redirect rule',
      [{ service: 'app' }],
      [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backends: 1,
          filters: [],
        },
        { matches: exactRoot, backends: 0, filters: to('/dashboard') },
      ],
    ],
    [
      'a non-root path still gets the redirect rule',
      [{ path: '/foo', service: 'app' }],
      [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/foo' } }],
          backends: 1,
          filters: [],
        },
        { matches: exactRoot, backends: 0, filters: to('/dashboard') },
      ],
    ],
    [
      'an Exact / rule becomes the redirect',
      [{ pathType: 'Exact' as const, service: 'app' }],
      [{ matches: exactRoot, backends: 0, filters: to('/dashboard') }],
    ],
  ])('%s', (_, paths, expected) => {
    expect(rulesOf({ 'app-root': '/dashboard' }, paths).rules).toEqual(
      expected,
    );
  });

  it.each([
    ['no annotation', {}],
    ['an empty value', { 'app-root': '' }],
    ['an absolute URL', { 'app-root': 'https://b.example.com/app' }],
  ])('leaves the route unchanged for %s', (_, annotations) => {
    expect(rulesOf(annotations).rules).toHaveLength(1);
  });

  it('warns about an absolute URL', () => {
    expect(
      notesAbout(
        rulesOf({ 'app-root': 'https://b.example.com/app' }).state,
        'app-root',
      )[0].level,
    ).toBe('warning');
  });
});
