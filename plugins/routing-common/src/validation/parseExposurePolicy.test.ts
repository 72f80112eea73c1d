import { parse } from 'yaml';
import { normalizeOwnerRef } from '../types/exposurePolicy';
import {
  MalformedExposurePolicyError,
  parseExposurePolicy,
} from './parseExposurePolicy';

const documented = parse(`
hostnames:
  - listener: infra/public/https
    domains: ['shop.example.com', '*.shop.example.com']
  - owner: group:default/payments
    domains: ['*.pay.example.com']
namespaces:
  - owner: group:default/platform
    namespaces: ['edge', 'shared-*']
`);

function problemsOf(value: unknown): string[] {
  try {
    parseExposurePolicy(value);
  } catch (error) {
    if (error instanceof MalformedExposurePolicyError) {
      return error.problems.map(p => `${p.key}: ${p.message}`);
    }
    throw error;
  }
  throw new Error('the policy was accepted');
}

describe('parseExposurePolicy', () => {
  it('accepts the documented policy as written', () => {
    expect(parseExposurePolicy(documented)).toEqual(documented);
  });

  it('accepts an empty policy, and either list alone', () => {
    expect(parseExposurePolicy({})).toEqual({});
    expect(parseExposurePolicy({ namespaces: documented.namespaces })).toEqual({
      namespaces: documented.namespaces,
    });
  });

  it.each([
    ['an upper-case domain', 'Shop.Example.COM'],
    ['a domain with a trailing dot', 'shop.example.com.'],
    ['a wildcard domain with a trailing dot', '*.shop.example.com.'],
  ])('accepts %s (compared in lower case, without the dot)', (_, domain) => {
    expect(() =>
      parseExposurePolicy({
        hostnames: [{ listener: 'infra/public', domains: [domain] }],
      }),
    ).not.toThrow();
  });

  it.each([
    ['a wildcard not the whole first label', '*shop.example.com'],
    ['a wildcard inside', 'shop.*.example.com'],
    ['a bare wildcard', '*'],
    ['an IP address', '10.0.0.1'],
    ['a port', 'shop.example.com:443'],
    ['an empty domain', ''],
  ])('refuses %s, naming the key', (_, domain) => {
    expect(
      problemsOf({
        hostnames: [{ owner: 'payments', domains: ['ok.example.com', domain] }],
      }),
    ).toEqual([
      expect.stringMatching(
        /^hostnames\[0\]\.domains\[1\]: ".*" must be an exact hostname such as shop\.example\.com or a wildcard/,
      ),
    ]);
  });

  it.each([
    ['no name', 'infra'],
    ['too many parts', 'infra/public/https/extra'],
    ['an upper-case namespace', 'Infra/public'],
    ['an empty listener name', 'infra/public/'],
  ])('refuses a listener with %s', (_, listener) => {
    expect(
      problemsOf({ hostnames: [{ listener, domains: ['a.example.com'] }] }),
    ).toEqual([
      `hostnames[0].listener: "${listener}" must be a Gateway listener as namespace/name or namespace/name/sectionName, such as infra/public/https`,
    ]);
  });

  it('refuses an owner that is not an entity reference', () => {
    expect(
      problemsOf({ namespaces: [{ owner: 'a:b:c', namespaces: ['edge'] }] }),
    ).toEqual([
      'namespaces[0].owner: "a:b:c" is not an entity reference such as group:default/payments',
    ]);
  });

  it('refuses a hostname rule that names both a listener and an owner, or neither', () => {
    const both = {
      listener: 'infra/public',
      owner: 'payments',
      domains: ['a.example.com'],
    };
    const neither = { domains: ['a.example.com'] };
    expect(problemsOf({ hostnames: [both, neither] })).toEqual([
      'hostnames[0]: must name either a listener or an owner (exactly one of them)',
      'hostnames[1]: must name either a listener or an owner (exactly one of them)',
    ]);
  });

  it('refuses a misspelt key rather than ignoring it', () => {
    expect(
      problemsOf({ hostnames: [{ owner: 'payments', domain: ['a.com'] }] }),
    ).toEqual([
      'hostnames[0].domains: Invalid input: expected array, received undefined',
      'hostnames[0]: Unrecognized key: "domain"',
    ]);
    expect(problemsOf({ hostname: [] })).toEqual([
      expect.stringMatching(/^: Unrecognized key: "hostname"/),
    ]);
  });

  it('refuses empty lists, which would lock a listener or give nothing', () => {
    expect(
      problemsOf({
        hostnames: [{ owner: 'payments', domains: [] }],
        namespaces: [{ owner: 'platform', namespaces: [] }],
      }),
    ).toEqual([
      'hostnames[0].domains: must list at least one domain',
      'namespaces[0].namespaces: must list at least one namespace',
    ]);
  });

  it.each([
    ['an exact name', 'edge'],
    ['a prefix', 'shared-*'],
    ['every namespace', '*'],
  ])('accepts a namespace pattern with %s', (_, pattern) => {
    expect(() =>
      parseExposurePolicy({
        namespaces: [{ owner: 'platform', namespaces: [pattern] }],
      }),
    ).not.toThrow();
  });

  it.each([
    ['a star inside', 'shared*-x'],
    ['upper case', 'Edge'],
    ['a leading dash', '-edge*'],
  ])('refuses a namespace pattern with %s', (_, pattern) => {
    expect(
      problemsOf({
        namespaces: [{ owner: 'platform', namespaces: [pattern] }],
      }),
    ).toEqual([
      `namespaces[0].namespaces[0]: "${pattern}" must be a namespace name, or a prefix ending in "*" such as shared-*`,
    ]);
  });

  it('names the policy as a whole when it is not a mapping', () => {
    expect(() => parseExposurePolicy(['hostnames'])).toThrow(
      /^Invalid exposure policy: policy: /,
    );
  });
});

describe('normalizeOwnerRef', () => {
  it.each([
    ['payments', 'group:default/payments'],
    ['group:payments', 'group:default/payments'],
    ['Group:Default/Payments', 'group:default/payments'],
    ['user:jane', 'user:default/jane'],
  ])('reads %s as %s', (ref, normalized) => {
    expect(normalizeOwnerRef(ref)).toBe(normalized);
  });

  it("defaults to the given namespace, as the catalog reads an entity's spec.owner", () => {
    expect(normalizeOwnerRef('shop', 'retail')).toBe('group:retail/shop');
  });

  it.each(['', 'a:b:c', 'group:', 'x/y/z'])('refuses %j', ref => {
    expect(() => normalizeOwnerRef(ref)).toThrow();
  });
});
