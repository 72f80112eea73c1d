import { redirect } from './redirect';
import { regex } from './regex';
import { rewrite } from './rewrite';
import {
  notesAbout,
  runFeatures,
  TestPath,
} from './__testUtils__/conversionState';

const run = (
  annotations: Record<string, string>,
  path: Partial<TestPath> = {},
  host = 'a.example.com',
) =>
  runFeatures(
    [redirect, regex, rewrite],
    [
      {
        name: 'web',
        annotations,
        rules: [{ host, paths: [{ path: '/abc', service: 'app', ...path }] }],
      },
    ],
  );
const ruleOf = (
  annotations: Record<string, string>,
  path: Partial<TestPath> = {},
) => {
  const { matches, filters } = run(annotations, path).routes[0].rules[0];
  return { match: matches[0].path, filters };
};
const fullPath = (value: string) => ({
  type: 'URLRewrite',
  urlRewrite: { path: { type: 'ReplaceFullPath', replaceFullPath: value } },
});
const prefix = (value: string) => ({
  type: 'URLRewrite',
  urlRewrite: {
    path: { type: 'ReplacePrefixMatch', replacePrefixMatch: value },
  },
});

describe('rewrite-target', () => {
  it.each([
    [
      'a target without captures replaces the full path, as nginx does (it rewrites the whole URI)',
      { 'rewrite-target': '/header' },
      {},
      { type: 'RegularExpression', value: '(?i)/abc.*' },
      [fullPath('/header')],
    ],
    [
      'an Exact path gets ReplaceFullPath',
      { 'rewrite-target': '/x' },
      { pathType: 'Exact' as const },
      { type: 'RegularExpression', value: '(?i)/abc.*' },
      [fullPath('/x')],
    ],
    [
      '"<prefix>(/|$)(.*)" with "/$2" is PathPrefix + ReplacePrefixMatch /',
      { 'rewrite-target': '/$2' },
      { path: '/api(/|$)(.*)', pathType: 'ImplementationSpecific' as const },
      { type: 'PathPrefix', value: '/api' },
      [prefix('/')],
    ],
    [
      '"<prefix>(/|$)(.*)" with "/v2/$2" is ReplacePrefixMatch /v2',
      { 'rewrite-target': '/v2/$2' },
      { path: '/api(/|$)(.*)' },
      { type: 'PathPrefix', value: '/api' },
      [prefix('/v2')],
    ],
    [
      'another capture reference writes no filter',
      { 'rewrite-target': '/rewritten/$1', 'use-regex': 'true' },
      { path: '/a/(.+)' },
      { type: 'RegularExpression', value: '(?i)/a/(.+).*' },
      [],
    ],
    [
      'x-forwarded-prefix follows the rewrite',
      { 'rewrite-target': '/header', 'x-forwarded-prefix': '/abc' },
      {},
      { type: 'RegularExpression', value: '(?i)/abc.*' },
      [
        fullPath('/header'),
        {
          type: 'RequestHeaderModifier',
          requestHeaderModifier: {
            set: [{ name: 'X-Forwarded-Prefix', value: '/abc' }],
          },
        },
      ],
    ],
  ])('%s', (_, annotations, path, match, filters) => {
    expect(ruleOf(annotations, path)).toEqual({ match, filters });
  });

  it('notes a capture reference it cannot express, naming why', () => {
    const [note] = notesAbout(
      run({ 'rewrite-target': '/rewritten/$1' }, { path: '/a/(.+)' }),
      'rewrite-target',
    ).filter(n => n.message.startsWith('not carried over'));
    expect(note.message).toContain('cannot reference captures');
    expect(note.field).toBe(
      'metadata.annotations["nginx.ingress.kubernetes.io/rewrite-target"]',
    );
  });

  it('notes the case-sensitivity change of the ReplacePrefixMatch form', () => {
    const notes = notesAbout(
      run({ 'rewrite-target': '/$2' }, { path: '/api(/|$)(.*)' }),
      'rewrite-target',
    );
    expect(
      notes.some(
        n => n.level === 'info' && n.message.includes('case-sensitively'),
      ),
    ).toBe(true);
  });

  it('notes x-forwarded-prefix without rewrite-target and sets no header', () => {
    const state = run({ 'x-forwarded-prefix': '/abc' });
    expect(state.routes[0].rules[0].filters).toEqual([]);
    expect(notesAbout(state, 'x-forwarded-prefix')[0].level).toBe('warning');
  });

  it('writes no URLRewrite on a redirecting rule (the API rejects both)', () => {
    const { filters } = ruleOf({
      'rewrite-target': '/x',
      'permanent-redirect': 'https://b.example.com',
    });
    expect(filters.map(f => f.type)).toEqual(['RequestRedirect']);
  });
});
