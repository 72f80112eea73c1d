import { canary } from './canary';
import {
  notesAbout,
  runFeatures,
  TestIngress,
} from './__testUtils__/conversionState';

const main: TestIngress = {
  name: 'production',
  rules: [{ host: 'echo.example.com', paths: [{ service: 'app1' }] }],
};
const canaryOf = (annotations: Record<string, string>): TestIngress => ({
  name: 'canary',
  annotations: { canary: 'true', ...annotations },
  rules: [{ host: 'echo.example.com', paths: [{ service: 'app2' }] }],
});
const rulesOf = (annotations: Record<string, string>) =>
  runFeatures([canary], [main, canaryOf(annotations)]).routes[0].rules.map(
    r => ({
      headers: r.matches[0]?.headers,
      backends: r.backends.map(b => b.ref),
    }),
  );

describe('canary', () => {
  it.each([
    [
      'weight 20 of 100',
      { 'canary-weight': '20' },
      [
        {
          headers: undefined,
          backends: [
            { name: 'app1', port: 80, weight: 80 },
            { name: 'app2', port: 80, weight: 20 },
          ],
        },
      ],
    ],
    [
      'weight relative to canary-weight-total',
      { 'canary-weight': '20', 'canary-weight-total': '50' },
      [
        {
          headers: undefined,
          backends: [
            { name: 'app1', port: 80, weight: 30 },
            { name: 'app2', port: 80, weight: 20 },
          ],
        },
      ],
    ],
    [
      'no weight and no header: the canary gets 0',
      {},
      [
        {
          headers: undefined,
          backends: [
            { name: 'app1', port: 80, weight: 100 },
            { name: 'app2', port: 80, weight: 0 },
          ],
        },
      ],
    ],
    [
      'a weight above the total is capped',
      { 'canary-weight': '150' },
      [
        {
          headers: undefined,
          backends: [
            { name: 'app1', port: 80, weight: 0 },
            { name: 'app2', port: 80, weight: 100 },
          ],
        },
      ],
    ],
    [
      'header alone: always to the canary, never to the main, canary out of the plain rule',
      { 'canary-by-header': 'X-Canary' },
      [
        { headers: undefined, backends: [{ name: 'app1', port: 80 }] },
        {
          headers: [{ name: 'X-Canary', value: 'always' }],
          backends: [{ name: 'app2', port: 80 }],
        },
        {
          headers: [{ name: 'X-Canary', value: 'never' }],
          backends: [{ name: 'app1', port: 80 }],
        },
      ],
    ],
    [
      'header with value and weight: the plain rule keeps the split',
      {
        'canary-by-header': 'X-Canary',
        'canary-by-header-value': 'yes',
        'canary-weight': '20',
      },
      [
        {
          headers: undefined,
          backends: [
            { name: 'app1', port: 80, weight: 80 },
            { name: 'app2', port: 80, weight: 20 },
          ],
        },
        {
          headers: [{ name: 'X-Canary', value: 'yes' }],
          backends: [{ name: 'app2', port: 80 }],
        },
      ],
    ],
  ])('%s', (_, annotations, expected) => {
    expect(rulesOf(annotations)).toEqual(expected);
  });

  it('notes an invalid weight as an error and uses 0', () => {
    const state = runFeatures(
      [canary],
      [main, canaryOf({ 'canary-weight': 'x' })],
    );
    expect(state.routes[0].rules[0].backends.map(b => b.ref.weight)).toEqual([
      100, 0,
    ]);
    expect(notesAbout(state, 'canary-weight')[0]).toMatchObject({
      level: 'error',
      object: 'Ingress default/canary',
    });
  });

  it('notes canary-by-cookie and canary-by-header-pattern as not carried over', () => {
    const state = runFeatures(
      [canary],
      [
        main,
        canaryOf({
          'canary-by-cookie': 'c',
          'canary-by-header-pattern': 'a.*',
        }),
      ],
    );
    expect(notesAbout(state, 'canary-by-cookie')[0].level).toBe('warning');
    expect(notesAbout(state, 'canary-by-header-pattern')[0].field).toBe(
      'metadata.annotations["nginx.ingress.kubernetes.io/canary-by-header-pattern"]',
    );
  });

  it('reports two canaries for one path as an error and leaves the rule unweighted', () => {
    const state = runFeatures(
      [canary],
      [
        main,
        canaryOf({ 'canary-weight': '10' }),
        { ...canaryOf({}), name: 'canary2' },
      ],
    );
    expect(state.routes[0].rules[0].backends.map(b => b.ref.weight)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(notesAbout(state, 'canary').map(n => n.level)).toEqual([
      'error',
      'error',
    ]);
  });

  it("notes the canary Ingress's other annotations as not applied", () => {
    const state = runFeatures(
      [canary],
      [main, canaryOf({ 'canary-weight': '10', 'rewrite-target': '/' })],
    );
    expect(notesAbout(state, 'rewrite-target')[0]).toMatchObject({
      level: 'info',
      object: 'Ingress default/canary',
    });
    expect(
      state.handled.has(
        'Ingress default/canary|nginx.ingress.kubernetes.io/canary-weight',
      ),
    ).toBe(true);
  });
});
