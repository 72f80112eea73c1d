import { backend, found, route, rule, times } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const run = (cases: Case[]) =>
  it.each<Case>(cases)('%s', (_, object, expected) => {
    expect(found(object)).toEqual(
      expected.map(e => expect.stringContaining(e)),
    );
  });

describe('valid routes', () => {
  run([
    ['a minimal HTTPRoute', route({}), []],
    ['a minimal GRPCRoute', route({}, 'GRPCRoute'), []],
    [
      'other kinds are not checked',
      { ...route({ hostnames: ['A'] }), kind: 'ReferenceGrant' },
      [],
    ],
    [
      'other versions are not checked',
      {
        ...route({ hostnames: ['A'] }),
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
      },
      [],
    ],
  ]);
});

describe('spec.hostnames (pattern, 1-253 characters, at most 16)', () => {
  run([
    ['a wildcard hostname', route({ hostnames: ['*.shop.com', 'a.b'] }), []],
    [
      'upper case',
      route({ hostnames: ['Shop.com'] }),
      [
        'spec.hostnames[0] InvalidHostname HTTPRoute shop/x: spec.hostnames[0] must be a lower-case DNS name',
      ],
    ],
    // The pattern lets an IPv4 address through; the analysis warns about it (ipAddressHostnames).
    ['an IP address', route({ hostnames: ['ok.com', '10.0.0.1'] }), []],
    [
      '17 hostnames',
      route({ hostnames: times(17, 'a.com') }),
      [
        'spec.hostnames InvalidField HTTPRoute shop/x: spec.hostnames must have at most 16 entries',
      ],
    ],
  ]);
});

describe('spec.parentRefs (at most 32; name, namespace, sectionName, port, kind, group)', () => {
  run([
    [
      '33 parentRefs',
      route({
        parentRefs: Array.from({ length: 33 }, (_, i) => ({ name: `p${i}` })),
      }),
      ['spec.parentRefs InvalidField'],
    ],
    [
      'an upper-case namespace',
      route({ parentRefs: [{ name: 'p', namespace: 'Infra' }] }),
      ['spec.parentRefs[0].namespace InvalidField'],
    ],
    [
      'a sectionName with "_"',
      route({ parentRefs: [{ name: 'p', sectionName: 'web_1' }] }),
      ['spec.parentRefs[0].sectionName InvalidField'],
    ],
    [
      'port 0',
      route({ parentRefs: [{ name: 'p', port: 0 }] }),
      [
        'spec.parentRefs[0].port InvalidField HTTPRoute shop/x: spec.parentRefs[0].port must be a whole number from 1 to 65535',
      ],
    ],
    [
      'no name',
      route({ parentRefs: [{}] }),
      ['spec.parentRefs[0].name InvalidField'],
    ],
    [
      'a kind starting with a digit',
      route({ parentRefs: [{ name: 'p', kind: '1Gateway' }] }),
      ['spec.parentRefs[0].kind InvalidField'],
    ],
    [
      'an upper-case group',
      route({ parentRefs: [{ name: 'p', group: 'Gateway.io' }] }),
      ['spec.parentRefs[0].group InvalidField'],
    ],
  ]);
});

describe('spec.rules (at most 16; at most 64 matches each; at most 128 in all)', () => {
  const rules = (n: number, matches: number) =>
    route({
      rules: times(n, {
        matches: times(matches, { path: { value: '/' } }),
        backendRefs: [backend],
      }),
    });
  run([
    ['16 rules of 8 matches', rules(16, 8), []],
    [
      '17 rules',
      rules(17, 0),
      [
        'spec.rules InvalidField HTTPRoute shop/x: spec.rules must have at most 16 entries',
      ],
    ],
    [
      '65 matches in a rule',
      rules(1, 65),
      ['spec.rules[0].matches InvalidField'],
    ],
    [
      '129 matches in all',
      rules(3, 43),
      [
        'spec.rules InvalidField HTTPRoute shop/x: spec.rules must have at most 128 matches across all rules',
      ],
    ],
    [
      'an empty rules list (no default then)',
      route({ rules: [] }),
      [
        'spec.rules InvalidField HTTPRoute shop/x: spec.rules must have at least 1 entry',
      ],
    ],
    [
      'an empty rules list on a GRPCRoute',
      route({ rules: [] }, 'GRPCRoute'),
      [],
    ],
    [
      'a rule name with "_"',
      rule({ name: 'a_b' }),
      ['spec.rules[0].name InvalidField'],
    ],
  ]);
});

describe('backendRefs (at most 16; name, namespace, port 1-65535, weight, port for Services)', () => {
  const refs = (...backendRefs: unknown[]) => rule({ backendRefs });
  run([
    [
      '17 backendRefs',
      refs(...times(17, backend)),
      ['spec.rules[0].backendRefs InvalidField'],
    ],
    [
      'port 70000',
      refs({ name: 'web', port: 70000 }),
      ['spec.rules[0].backendRefs[0].port InvalidField'],
    ],
    [
      'a Service without port',
      refs({ name: 'web' }),
      [
        'spec.rules[0].backendRefs[0].port InvalidField HTTPRoute shop/x: spec.rules[0].backendRefs[0].port must be set for a Service reference',
      ],
    ],
    [
      'another kind without port',
      refs({ name: 'b', group: 'x.io', kind: 'Bucket' }),
      [],
    ],
    [
      'an empty name',
      refs({ name: '', port: 80 }),
      ['backendRefs[0].name InvalidField'],
    ],
    [
      'a namespace with "."',
      refs({ name: 'web', namespace: 'a.b', port: 80 }),
      ['backendRefs[0].namespace InvalidField'],
    ],
    [
      'weight -1',
      refs({ ...backend, weight: -1 }),
      ['backendRefs[0].weight InvalidField'],
    ],
  ]);
});

describe('timeouts (Gateway API Duration)', () => {
  run([
    ['1m30s', rule({ timeouts: { request: '1m30s' } }), []],
    [
      '10 seconds in words',
      rule({ timeouts: { request: '10 seconds' } }),
      ['spec.rules[0].timeouts.request InvalidField'],
    ],
  ]);
});
