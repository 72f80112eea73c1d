import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, httpRoute, service } from './__testUtils__/builders';
import { parentCondition } from './__testUtils__/read';

const web = service('infra/web');
const twoListeners = gateway('infra/public', [
  { name: 'http', port: 80, protocol: 'HTTP' },
  { name: 'admin', port: 8080, protocol: 'HTTP' },
]);

describe('parentRef to a Gateway (spec: ParentReference)', () => {
  it.each([
    ['a Gateway that exists', { name: 'public' }, 'True/Accepted'],
    [
      'a Gateway missing from the input',
      { name: 'private' },
      'False/NoMatchingParent',
    ],
    [
      'a Gateway in another namespace by name',
      { name: 'public', namespace: 'other' },
      'False/NoMatchingParent',
    ],
    [
      'explicit group and kind',
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public' },
      'True/Accepted',
    ],
  ])('%s', (_, parentRef, expected) => {
    const analysis = analyzeGatewayApi([
      gateway('infra/public'),
      web,
      httpRoute('infra/r', { parentRefs: [parentRef] }),
    ]);
    expect(parentCondition(analysis, 'r', 'Accepted')).toBe(expected);
  });

  it('names the missing Gateway in plain words', () => {
    const analysis = analyzeGatewayApi([
      web,
      httpRoute('infra/r', { parentRefs: [{ name: 'gone' }] }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'Gateway infra/gone does not exist',
    );
  });
});

describe('sectionName and port (spec: a parentRef selects listeners by both)', () => {
  it.each([
    ['no sectionName or port: every listener', {}, 'True/Accepted'],
    ['sectionName of a listener', { sectionName: 'admin' }, 'True/Accepted'],
    [
      'sectionName of no listener',
      { sectionName: 'https' },
      'False/NoMatchingParent',
    ],
    ['port of a listener', { port: 8080 }, 'True/Accepted'],
    ['port of no listener', { port: 443 }, 'False/NoMatchingParent'],
    [
      'sectionName and port of one listener',
      { sectionName: 'admin', port: 8080 },
      'True/Accepted',
    ],
    [
      'sectionName of one listener, port of another',
      { sectionName: 'admin', port: 80 },
      'False/NoMatchingParent',
    ],
  ])('%s', (_, selection, expected) => {
    const analysis = analyzeGatewayApi([
      twoListeners,
      web,
      httpRoute('infra/r', { parentRefs: [{ name: 'public', ...selection }] }),
    ]);
    expect(parentCondition(analysis, 'r', 'Accepted')).toBe(expected);
  });

  it('says which listener is missing', () => {
    const analysis = analyzeGatewayApi([
      twoListeners,
      httpRoute('infra/r', {
        parentRefs: [{ name: 'public', sectionName: 'https', port: 443 }],
      }),
    ]);
    expect(analysis.routes[0].parents[0].conditions[0].message).toBe(
      'Gateway infra/public has no listener named https on port 443',
    );
  });
});

describe('each parentRef is judged on its own', () => {
  it('accepts one parent and refuses the others, each for its own reason', () => {
    const analysis = analyzeGatewayApi([
      twoListeners,
      gateway('other/private'),
      web,
      httpRoute('infra/r', {
        parentRefs: [
          { name: 'public', sectionName: 'http' },
          { name: 'public', sectionName: 'missing' },
          { name: 'private', namespace: 'other' },
          { name: 'nowhere' },
        ],
      }),
    ]);
    expect(
      [0, 1, 2, 3].map(i => parentCondition(analysis, 'r', 'Accepted', i)),
    ).toEqual([
      'True/Accepted',
      'False/NoMatchingParent',
      'False/NotAllowedByListeners',
      'False/NoMatchingParent',
    ]);
    expect(
      analysis.routes[0].parents.map(p => p.parentRef.sectionName),
    ).toEqual(['http', 'missing', undefined, undefined]);
  });
});
