import { object, times, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const web = { group: '', kind: 'Service', name: 'web' };
const ca = { group: '', kind: 'ConfigMap', name: 'ca' };
const policy = (
  validation: Record<string, unknown>,
  spec: Record<string, unknown> = {},
) =>
  object('BackendTLSPolicy', {
    targetRefs: [web],
    validation: { hostname: 'web.shop.svc', ...validation },
    ...spec,
  });
const at = 'spec.validation';

describe('BackendTLSPolicy targetRefs (1-16; group, kind and name required)', () => {
  it.each<Case>([
    ['a Service target', policy({ caCertificateRefs: [ca] }), []],
    [
      'no targetRefs',
      policy({ caCertificateRefs: [ca] }, { targetRefs: undefined }),
      [
        'spec.targetRefs InvalidField BackendTLSPolicy shop/x: spec.targetRefs is required',
      ],
    ],
    [
      'empty targetRefs',
      policy({ caCertificateRefs: [ca] }, { targetRefs: [] }),
      ['spec.targetRefs InvalidField'],
    ],
    [
      '17 targetRefs',
      policy(
        { caCertificateRefs: [ca] },
        { targetRefs: times(17, 0).map((_, i) => ({ ...web, name: `w${i}` })) },
      ),
      ['spec.targetRefs InvalidField'],
    ],
    [
      'a target without group',
      policy(
        { caCertificateRefs: [ca] },
        { targetRefs: [{ kind: 'Service', name: 'web' }] },
      ),
      ['spec.targetRefs[0].group InvalidField'],
    ],
    [
      'a sectionName with "_"',
      policy(
        { caCertificateRefs: [ca] },
        { targetRefs: [{ ...web, sectionName: 'a_b' }] },
      ),
      ['spec.targetRefs[0].sectionName InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('BackendTLSPolicy validation (hostname, CA references or well-known CAs, subjectAltNames)', () => {
  it.each<Case>([
    ['well-known CAs', policy({ wellKnownCACertificates: 'System' }), []],
    [
      'a domain-prefixed CA set',
      policy({ wellKnownCACertificates: 'example.com/internal' }),
      [],
    ],
    [
      'no validation',
      policy({}, { validation: undefined }),
      [`${at} InvalidField BackendTLSPolicy shop/x: ${at} is required`],
    ],
    [
      'no hostname',
      policy({ hostname: undefined, caCertificateRefs: [ca] }),
      [`${at}.hostname InvalidField`],
    ],
    [
      'a wildcard hostname',
      policy({ hostname: '*.shop', caCertificateRefs: [ca] }),
      [`${at}.hostname InvalidHostname`],
    ],
    [
      'both CA references and well-known CAs',
      policy({ caCertificateRefs: [ca], wellKnownCACertificates: 'System' }),
      [
        `${at} InvalidField BackendTLSPolicy shop/x: ${at} must not set both caCertificateRefs and wellKnownCACertificates`,
      ],
    ],
    [
      'neither',
      policy({ caCertificateRefs: [] }),
      [
        `${at} InvalidField BackendTLSPolicy shop/x: ${at} must set caCertificateRefs or wellKnownCACertificates`,
      ],
    ],
    [
      'an unknown well-known name',
      policy({ wellKnownCACertificates: 'Mozilla' }),
      [`${at}.wellKnownCACertificates InvalidField`],
    ],
    [
      '9 CA references',
      policy({
        caCertificateRefs: times(9, ca).map((c, i) => ({
          ...c,
          name: `ca${i}`,
        })),
      }),
      [`${at}.caCertificateRefs InvalidField`],
    ],
    [
      'a CA reference without kind',
      policy({ caCertificateRefs: [{ group: '', name: 'ca' }] }),
      [`${at}.caCertificateRefs[0].kind InvalidField`],
    ],
    [
      'hostname and URI subjectAltNames',
      policy({
        caCertificateRefs: [ca],
        subjectAltNames: [
          { type: 'Hostname', hostname: '*.shop.svc' },
          { type: 'URI', uri: 'spiffe://cluster.local/ns/shop/sa/web' },
        ],
      }),
      [],
    ],
    [
      'a Hostname SAN without hostname',
      policy({
        caCertificateRefs: [ca],
        subjectAltNames: [{ type: 'Hostname' }],
      }),
      [`${at}.subjectAltNames[0].hostname InvalidField`],
    ],
    [
      'a URI SAN with a hostname',
      policy({
        caCertificateRefs: [ca],
        subjectAltNames: [
          { type: 'URI', uri: 'spiffe://a/b', hostname: 'a.b' },
        ],
      }),
      [
        `${at}.subjectAltNames[0].hostname InvalidField BackendTLSPolicy shop/x: ${at}.subjectAltNames[0].hostname must only be set when type is Hostname`,
      ],
    ],
    [
      'a URI without scheme',
      policy({
        caCertificateRefs: [ca],
        subjectAltNames: [{ type: 'URI', uri: 'shop/web' }],
      }),
      [`${at}.subjectAltNames[0].uri InvalidField`],
    ],
    [
      'an unknown SAN type',
      policy({ caCertificateRefs: [ca], subjectAltNames: [{ type: 'IP' }] }),
      [`${at}.subjectAltNames[0].type InvalidField`],
    ],
    [
      '6 subjectAltNames',
      policy({
        caCertificateRefs: [ca],
        subjectAltNames: times(6, { type: 'Hostname', hostname: 'a.b' }),
      }),
      [`${at}.subjectAltNames InvalidField`],
    ],
    [
      '17 options',
      policy(
        { caCertificateRefs: [ca] },
        {
          options: Object.fromEntries(
            times(17, 'v').map((v, i) => [`k${i}`, v]),
          ),
        },
      ),
      ['spec.options InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('BackendTLSPolicy fields it does not have', () => {
  it.each<Case>([
    [
      'a namespace on a CA reference',
      policy({ caCertificateRefs: [{ ...ca, namespace: 'x' }] }),
      [
        `${at}.caCertificateRefs[0].namespace InvalidField BackendTLSPolicy shop/x: ${at}.caCertificateRefs[0].namespace is not a field of the standard-channel caCertificateRef`,
      ],
    ],
    [
      'a namespace on a targetRef',
      policy(
        { caCertificateRefs: [ca] },
        { targetRefs: [{ ...web, namespace: 'x' }] },
      ),
      ['spec.targetRefs[0].namespace InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
