import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import { certificate } from './__testUtils__/builders';
import { annotated, https } from './__testUtils__/certManager';

describe('certificate findings in analyzeGatewayApi', () => {
  const codes = (objects: KubernetesObject[]) =>
    analyzeGatewayApi(objects).findings.filter(f =>
      f.code.startsWith('Certificate'),
    );

  it('warns CertificateWillNotBeIssued with the reason', () => {
    expect(codes([annotated([https('web')])])).toEqual([
      {
        severity: 'warning',
        code: 'CertificateWillNotBeIssued',
        message:
          'Gateway infra/public listener web: cert-manager will not issue a Certificate from ClusterIssuer letsencrypt for Secret web-tls: the listener has no hostname',
      },
    ]);
  });

  it.each<[string, KubernetesObject[], object[]]>([
    [
      'a Ready Certificate gives nothing',
      [certificate('infra/web-tls', 'web-tls', { status: 'True' })],
      [],
    ],
    [
      'a Certificate with Ready=False gives CertificateNotReady with its message',
      [
        certificate('infra/web-tls', 'web-tls', {
          status: 'False',
          reason: 'Failed',
          message: 'ACME order failed',
        }),
      ],
      [
        {
          severity: 'warning',
          code: 'CertificateNotReady',
          message:
            'Gateway infra/public listener web: Certificate infra/web-tls (Secret web-tls) is not Ready (Failed): ACME order failed',
        },
      ],
    ],
    [
      'Certificates in the input but none for the Secret gives CertificateNotFound (info)',
      [certificate('infra/other', 'other-tls', { status: 'True' })],
      [
        expect.objectContaining({
          severity: 'info',
          code: 'CertificateNotFound',
        }),
      ],
    ],
    [
      'a Certificate in another namespace does not count',
      [certificate('shop/web-tls', 'web-tls', { status: 'False' })],
      [expect.objectContaining({ code: 'CertificateNotFound' })],
    ],
  ])('%s', (_, certificates, expected) => {
    expect(
      codes([annotated([https('web', 'a.com')]), ...certificates]),
    ).toEqual(expected);
  });

  it('reports the matched Certificate on the analysis', () => {
    const analysis = analyzeGatewayApi([
      annotated([https('web', 'a.com')]),
      certificate('infra/web-tls', 'web-tls', {
        status: 'True',
        reason: 'Ready',
      }),
    ]);
    expect(analysis.certificates).toEqual([
      {
        gateway: 'infra/public',
        listener: 'web',
        secretName: 'web-tls',
        issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
        willIssue: true,
        dnsNames: ['a.com'],
        certificate: { name: 'web-tls', ready: 'True', reason: 'Ready' },
      },
    ]);
  });
});
