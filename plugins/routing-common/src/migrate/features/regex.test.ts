import { regex, regexNotes } from './regex';
import { rewrite } from './rewrite';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const web = (
  annotations: Record<string, string>,
  path = '/cliEnt.+',
): TestIngress => ({
  name: 'web',
  annotations,
  rules: [
    {
      host: 'a.example.com',
      paths: [{ path, pathType: 'ImplementationSpecific', service: 'app' }],
    },
  ],
});
const plain: TestIngress = {
  name: 'other',
  rules: [
    {
      host: 'a.example.com',
      paths: [{ path: '/hoSTn', pathType: 'Exact', service: 'app2' }],
    },
  ],
};
const pathsOf = (ingresses: TestIngress[]) =>
  runFeatures([regex], ingresses).routes.flatMap(r =>
    r.rules.map(rule => rule.matches[0].path),
  );

describe('use-regex', () => {
  it.each([
    [
      'use-regex "true" makes every path of the host a case-insensitive prefix regex',
      [web({ 'use-regex': 'true' }), plain],
      [
        { type: 'RegularExpression', value: '(?i)/cliEnt.+.*' },
        { type: 'RegularExpression', value: '(?i)/hoSTn.*' },
      ],
    ],
    [
      'rewrite-target alone makes the host regex',
      [web({ 'rewrite-target': '/' }, '/x')],
      [{ type: 'RegularExpression', value: '(?i)/x.*' }],
    ],
    [
      'without annotation the path stays PathPrefix',
      [web({})],
      [{ type: 'PathPrefix', value: '/cliEnt.+' }],
    ],
    [
      'use-regex "false" changes nothing',
      [web({ 'use-regex': 'false' })],
      [{ type: 'PathPrefix', value: '/cliEnt.+' }],
    ],
    [
      'a canary Ingress does not make the host regex',
      [
        plain,
        { ...web({ 'use-regex': 'true', canary: 'true' }), name: 'zcanary' },
      ],
      [
        { type: 'Exact', value: '/hoSTn' },
        { type: 'PathPrefix', value: '/cliEnt.+' },
      ],
    ],
  ])('%s', (_, ingresses, expected) => {
    expect(pathsOf(ingresses as TestIngress[])).toEqual(expected);
  });

  it('notes portability once per route, naming PCRE-only paths', () => {
    const state = runFeatures(
      [regex, regexNotes],
      [web({ 'use-regex': 'true' }, '/(?!admin).*')],
    );
    const notes = notesAbout(state, 'use-regex');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      level: 'warning',
      object: 'Ingress default/web',
    });
    expect(notes[0].message).toContain('implementation-specific');
    expect(notes[0].message).toContain('/(?!admin).*');
  });

  it('warns of no regex path once rewrite-target turned the capture pattern back into a prefix', () => {
    const state = runFeatures(
      [regex, rewrite, regexNotes],
      [web({ 'use-regex': 'true', 'rewrite-target': '/$2' }, '/api(/|$)(.*)')],
    );
    expect(state.routes[0].rules[0].matches[0].path).toEqual({
      type: 'PathPrefix',
      value: '/api',
    });
    expect(notesAbout(state, 'use-regex')).toEqual([]);
  });

  it('notes use-regex on rules without a host as not carried over', () => {
    const state = runFeatures(
      [regex],
      [
        {
          name: 'nohost',
          annotations: { 'use-regex': 'true' },
          rules: [{ paths: [{ path: '/a.+', service: 'app' }] }],
        },
      ],
    );
    expect(state.routes[0].rules[0].matches[0].path.type).toBe('PathPrefix');
    expect(notesAbout(state, 'use-regex')[0].message).toContain(
      'without a host',
    );
  });
});
