import { object, times, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const db = { name: 'db', port: 5432 };
const stream = (kind: string, spec: Record<string, unknown>) =>
  object(kind, {
    parentRefs: [{ name: 'p' }],
    rules: [{ backendRefs: [db] }],
    ...spec,
  });

describe.each(['TCPRoute', 'UDPRoute', 'TLSRoute'])(
  '%s rules (exactly one, 1-16 backendRefs)',
  kind => {
    const hostnames =
      kind === 'TLSRoute' ? { hostnames: ['db.example.com'] } : {};
    const route = (spec: Record<string, unknown>) =>
      stream(kind, { ...hostnames, ...spec });
    it.each<Case>([
      ['a minimal route', route({}), []],
      [
        'no rules',
        route({ rules: undefined }),
        [`spec.rules InvalidField ${kind} shop/x: spec.rules is required`],
      ],
      [
        'two rules',
        route({ rules: times(2, { backendRefs: [db] }) }),
        [
          `spec.rules InvalidField ${kind} shop/x: spec.rules must have at most 1 entry`,
        ],
      ],
      [
        'no backendRefs',
        route({ rules: [{}] }),
        ['spec.rules[0].backendRefs InvalidField'],
      ],
      [
        'empty backendRefs',
        route({ rules: [{ backendRefs: [] }] }),
        [
          `spec.rules[0].backendRefs InvalidField ${kind} shop/x: spec.rules[0].backendRefs must have at least 1 entry`,
        ],
      ],
      [
        '17 backendRefs',
        route({ rules: [{ backendRefs: times(17, db) }] }),
        ['spec.rules[0].backendRefs InvalidField'],
      ],
      [
        'a Service without port',
        route({ rules: [{ backendRefs: [{ name: 'db' }] }] }),
        ['spec.rules[0].backendRefs[0].port InvalidField'],
      ],
      [
        'a rule name with "_"',
        route({ rules: [{ name: 'a_b', backendRefs: [db] }] }),
        ['spec.rules[0].name InvalidField'],
      ],
      [
        'a parentRef port 0',
        route({ parentRefs: [{ name: 'p', port: 0 }] }),
        ['spec.parentRefs[0].port InvalidField'],
      ],
    ])('%s', (_, value, expected) =>
      expect(found(value)).toEqual(containing(expected)),
    );
  },
);

describe('TLSRoute hostnames (1-1024; no IP; wildcard only as the first label)', () => {
  const tls = (spec: Record<string, unknown>) => stream('TLSRoute', spec);
  it.each<Case>([
    ['a wildcard hostname', tls({ hostnames: ['*.db.example.com'] }), []],
    [
      'no hostnames',
      tls({}),
      [
        'spec.hostnames InvalidField TLSRoute shop/x: spec.hostnames is required',
      ],
    ],
    [
      'empty hostnames',
      tls({ hostnames: [] }),
      ['spec.hostnames InvalidField'],
    ],
    [
      'an IP address',
      tls({ hostnames: ['10.0.0.1'] }),
      ['spec.hostnames[0] InvalidHostname'],
    ],
    [
      'a wildcard inside',
      tls({ hostnames: ['db.*.example.com'] }),
      ['spec.hostnames[0] InvalidHostname'],
    ],
    [
      '1025 hostnames',
      tls({ hostnames: times(1025, 'a.b') }),
      ['spec.hostnames InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('fields the stream routes do not have', () => {
  it.each<Case>([
    [
      'hostnames on a UDPRoute',
      stream('UDPRoute', { hostnames: ['a.b'] }),
      [
        'spec.hostnames InvalidField UDPRoute shop/x: spec.hostnames is not a field of the standard-channel UDPRoute spec',
      ],
    ],
    [
      'filters on a TCPRoute rule',
      stream('TCPRoute', { rules: [{ backendRefs: [db], filters: [] }] }),
      ['spec.rules[0].filters InvalidField'],
    ],
    [
      'filters on a TLSRoute backendRef',
      stream('TLSRoute', {
        hostnames: ['a.b'],
        rules: [{ backendRefs: [{ ...db, filters: [] }] }],
      }),
      ['spec.rules[0].backendRefs[0].filters InvalidField'],
    ],
    [
      'a weight too large',
      stream('TCPRoute', {
        rules: [{ backendRefs: [{ ...db, weight: 1000001 }] }],
      }),
      ['spec.rules[0].backendRefs[0].weight InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
