import {
  backend,
  route,
  rule,
  times,
  containing,
  found,
} from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const filter = (type: string, key: string, settings: unknown, kind?: string) =>
  rule({ filters: [{ type, [key]: settings }] }, kind);
const at = 'spec.rules[0].filters[0]';

describe('header modifiers (add and set keyed by name, remove a set, 16 each)', () => {
  const headers = (settings: unknown, kind?: string) =>
    filter('RequestHeaderModifier', 'requestHeaderModifier', settings, kind);
  it.each<Case>([
    [
      'valid add, set and remove',
      headers({
        add: [{ name: 'X-A', value: '1' }],
        set: [{ name: 'X-B', value: '2' }],
        remove: ['X-C'],
      }),
      [],
    ],
    [
      'names differing in case are different entries',
      headers({
        add: [
          { name: 'x-a', value: '1' },
          { name: 'X-A', value: '2' },
        ],
      }),
      [],
    ],
    [
      'a repeated name',
      headers({
        add: [
          { name: 'x', value: '1' },
          { name: 'x', value: '2' },
        ],
      }),
      [
        `${at}.requestHeaderModifier.add[1] InvalidField HTTPRoute shop/x: ${at}.requestHeaderModifier.add[1] must not repeat the name "x"`,
      ],
    ],
    [
      'a set entry without value',
      headers({ set: [{ name: 'x' }] }),
      [
        `${at}.requestHeaderModifier.set[0].value InvalidField HTTPRoute shop/x: ${at}.requestHeaderModifier.set[0].value is required`,
      ],
    ],
    [
      'an empty value',
      headers({ set: [{ name: 'x', value: '' }] }),
      [`${at}.requestHeaderModifier.set[0].value InvalidField`],
    ],
    [
      'a name with ":"',
      headers({ add: [{ name: ':path', value: '1' }] }),
      [`${at}.requestHeaderModifier.add[0].name InvalidField`],
    ],
    [
      'a repeated remove',
      headers({ remove: ['x', 'x'] }),
      [`${at}.requestHeaderModifier.remove[1] InvalidField`],
    ],
    [
      '17 removes',
      headers({ remove: times(17, 'x').map((x, i) => x + i) }),
      [`${at}.requestHeaderModifier.remove InvalidField`],
    ],
    [
      'on a GRPCRoute response modifier',
      filter(
        'ResponseHeaderModifier',
        'responseHeaderModifier',
        {
          add: [
            { name: 'x', value: '1' },
            { name: 'x', value: '1' },
          ],
        },
        'GRPCRoute',
      ),
      [`${at}.responseHeaderModifier.add[1] InvalidField GRPCRoute shop/x`],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('RequestMirror (backendRef, percent or fraction)', () => {
  const mirror = (settings: unknown) =>
    filter('RequestMirror', 'requestMirror', settings);
  it.each<Case>([
    ['a percent', mirror({ backendRef: backend, percent: 50 }), []],
    [
      'a fraction',
      mirror({
        backendRef: backend,
        fraction: { numerator: 1, denominator: 3 },
      }),
      [],
    ],
    [
      'no backendRef',
      mirror({}),
      [`${at}.requestMirror.backendRef InvalidField`],
    ],
    [
      'a Service without port',
      mirror({ backendRef: { name: 'web' } }),
      [
        `${at}.requestMirror.backendRef.port InvalidField HTTPRoute shop/x: ${at}.requestMirror.backendRef.port must be set for a Service reference`,
      ],
    ],
    [
      'percent 101',
      mirror({ backendRef: backend, percent: 101 }),
      [`${at}.requestMirror.percent InvalidField`],
    ],
    [
      'a fraction above 1',
      mirror({ backendRef: backend, fraction: { numerator: 101 } }),
      [
        `${at}.requestMirror.fraction InvalidField HTTPRoute shop/x: ${at}.requestMirror.fraction must have a numerator no greater than its denominator`,
      ],
    ],
    [
      'denominator 0',
      mirror({
        backendRef: backend,
        fraction: { numerator: 0, denominator: 0 },
      }),
      [`${at}.requestMirror.fraction.denominator InvalidField`],
    ],
    [
      'a fraction without numerator',
      mirror({ backendRef: backend, fraction: { denominator: 2 } }),
      [`${at}.requestMirror.fraction.numerator InvalidField`],
    ],
    [
      'both percent and fraction',
      mirror({ backendRef: backend, percent: 5, fraction: { numerator: 1 } }),
      [
        `${at}.requestMirror InvalidField HTTPRoute shop/x: ${at}.requestMirror must set percent or fraction, not both`,
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('RequestRedirect and URLRewrite settings (scheme, hostname, port, statusCode, path)', () => {
  const redirect = (settings: unknown) =>
    route({
      rules: [
        { filters: [{ type: 'RequestRedirect', requestRedirect: settings }] },
      ],
    });
  const rewrite = (settings: unknown) =>
    filter('URLRewrite', 'urlRewrite', settings);
  it.each<Case>([
    [
      'a full redirect',
      redirect({
        scheme: 'https',
        hostname: 'shop.example.com',
        port: 443,
        statusCode: 301,
        path: { type: 'ReplaceFullPath', replaceFullPath: '/' },
      }),
      [],
    ],
    [
      'scheme ftp',
      redirect({ scheme: 'ftp' }),
      ['spec.rules[0].filters[0].requestRedirect.scheme InvalidField'],
    ],
    [
      'a wildcard hostname',
      redirect({ hostname: '*.example.com' }),
      [
        'spec.rules[0].filters[0].requestRedirect.hostname InvalidHostname HTTPRoute shop/x: spec.rules[0].filters[0].requestRedirect.hostname must be a lower-case DNS name',
      ],
    ],
    [
      'port 0',
      redirect({ port: 0 }),
      ['spec.rules[0].filters[0].requestRedirect.port InvalidField'],
    ],
    [
      'statusCode 304',
      redirect({ statusCode: 304 }),
      ['spec.rules[0].filters[0].requestRedirect.statusCode InvalidField'],
    ],
    [
      'a path without type',
      redirect({ path: { replaceFullPath: '/' } }),
      [
        'requestRedirect.path.type InvalidField',
        'requestRedirect.path.replaceFullPath InvalidField',
      ],
    ],
    ['a rewrite hostname', rewrite({ hostname: 'api.internal' }), []],
    [
      'a rewrite hostname with a port',
      rewrite({ hostname: 'api:80' }),
      [`${at}.urlRewrite.hostname InvalidHostname`],
    ],
    [
      'a rewrite path of 1025 characters',
      rewrite({
        path: {
          type: 'ReplaceFullPath',
          replaceFullPath: `/${'a'.repeat(1024)}`,
        },
      }),
      [`${at}.urlRewrite.path.replaceFullPath InvalidField`],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('ExtensionRef (group, kind and name required)', () => {
  const ext = (settings: unknown) =>
    filter('ExtensionRef', 'extensionRef', settings);
  it.each<Case>([
    [
      'a full reference',
      ext({ group: 'example.com', kind: 'Auth', name: 'a' }),
      [],
    ],
    ['the core group', ext({ group: '', kind: 'ConfigMap', name: 'a' }), []],
    [
      'no group',
      ext({ kind: 'Auth', name: 'a' }),
      [
        `${at}.extensionRef.group InvalidField HTTPRoute shop/x: ${at}.extensionRef.group is required`,
      ],
    ],
    [
      'a kind with "_"',
      ext({ group: 'x.io', kind: 'A_b', name: 'a' }),
      [`${at}.extensionRef.kind InvalidField`],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
