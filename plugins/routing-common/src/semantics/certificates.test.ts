import type { ListenerSpec } from './model';
import { gatewayCertificates } from './certificates';
import { gateway } from './__testUtils__/builders';
import { annotated, https } from './__testUtils__/certManager';

describe('gatewayCertificates: which listeners cert-manager issues for', () => {
  it.each<[string, Partial<ListenerSpec>, boolean, string | undefined]>([
    [
      'an HTTPS listener with hostname and a local Secret',
      https('web', 'a.com'),
      true,
      undefined,
    ],
    [
      'a TLS listener with mode Terminate',
      {
        ...https('tls', 'a.com', {
          mode: 'Terminate',
          certificateRefs: [{ name: 'tls-tls' }],
        }),
        protocol: 'TLS',
      },
      true,
      undefined,
    ],
    [
      'a Secret named in the Gateway namespace explicitly',
      https('web', 'a.com', {
        certificateRefs: [
          { name: 'web-tls', namespace: 'infra', kind: 'Secret', group: '' },
        ],
      }),
      true,
      undefined,
    ],
    [
      'a listener without hostname',
      https('web'),
      false,
      'the listener has no hostname',
    ],
    [
      'a Passthrough listener',
      { ...https('tls', 'a.com', { mode: 'Passthrough' }), protocol: 'TLS' },
      false,
      'tls.mode is Passthrough, and cert-manager never issues for Passthrough listeners',
    ],
    [
      'a cross-namespace Secret',
      https('web', 'a.com', {
        certificateRefs: [{ name: 'web-tls', namespace: 'certs' }],
      }),
      false,
      "certificateRefs[0] is a cross-namespace Secret (certs/web-tls); cert-manager only writes Secrets in the Gateway's namespace infra",
    ],
    [
      'no certificateRefs',
      https('web', 'a.com', {}),
      false,
      'the listener has no tls.certificateRefs',
    ],
    [
      'a certificateRef that is not a Secret',
      https('web', 'a.com', {
        certificateRefs: [{ name: 'c', kind: 'ConfigMap' }],
      }),
      false,
      'certificateRefs[0] is a ConfigMap, not a Secret',
    ],
  ])('%s: willIssue %s', (_, listener, willIssue, reason) => {
    const [entry] = gatewayCertificates([annotated([listener])]);
    expect(entry.willIssue).toBe(willIssue);
    expect(entry.reason).toBe(reason);
    expect(entry.issuer).toEqual({
      kind: 'ClusterIssuer',
      name: 'letsencrypt',
    });
  });

  it('leaves out HTTP listeners and Gateways without the annotation', () => {
    expect(gatewayCertificates([annotated([{ name: 'http' }])])).toEqual([]);
    expect(
      gatewayCertificates([gateway('infra/public', [https('web', 'a.com')])]),
    ).toEqual([]);
  });

  it.each<[string, Record<string, string>, object, string | undefined]>([
    [
      'cert-manager.io/issuer names a namespaced Issuer',
      { 'cert-manager.io/issuer': 'ca' },
      { kind: 'Issuer', name: 'ca' },
      undefined,
    ],
    [
      'issuer-kind and issuer-group name an external issuer',
      {
        'cert-manager.io/issuer': 'pca',
        'cert-manager.io/issuer-kind': 'AWSPCAIssuer',
        'cert-manager.io/issuer-group': 'awspca.cert-manager.io',
      },
      { kind: 'AWSPCAIssuer', name: 'pca', group: 'awspca.cert-manager.io' },
      undefined,
    ],
    [
      'both issuer annotations: cert-manager refuses the Gateway',
      {
        'cert-manager.io/issuer': 'ca',
        'cert-manager.io/cluster-issuer': 'le',
      },
      { kind: 'ClusterIssuer', name: 'le' },
      'both cert-manager.io/issuer and cert-manager.io/cluster-issuer are set',
    ],
  ])('%s', (_, annotations, issuer, reason) => {
    const [entry] = gatewayCertificates([
      annotated([https('web', 'a.com')], annotations),
    ]);
    expect(entry.issuer).toEqual(issuer);
    expect(entry.reason).toBe(reason);
  });

  it('makes one Certificate per Secret, with the hostnames of every listener sharing it', () => {
    const shared = { certificateRefs: [{ name: 'shared-tls' }] };
    const entries = gatewayCertificates([
      annotated([
        https('a', 'a.com', shared),
        https('b', 'b.com', shared),
        https('c', 'c.com'),
      ]),
    ]);
    expect(entries.map(e => [e.listener, e.secretName, e.dnsNames])).toEqual([
      ['a', 'shared-tls', ['a.com', 'b.com']],
      ['b', 'shared-tls', ['a.com', 'b.com']],
      ['c', 'c-tls', ['c.com']],
    ]);
  });
});
