import type { KubernetesObject } from '../kubernetes/objects';
import type { ObjectReference } from './model';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway, referenceGrant } from './__testUtils__/builders';
import { tlsSecret } from './__testUtils__/tlsSecrets';

/** Gateway infra/public with an HTTP listener and the given backend client certificate. */
function withClientCertificate(
  clientCertificateRef?: ObjectReference,
  listeners?: Parameters<typeof gateway>[1],
): KubernetesObject {
  const object = gateway('infra/public', listeners);
  return {
    ...object,
    spec: {
      ...object.spec,
      ...(clientCertificateRef
        ? { tls: { backend: { clientCertificateRef } } }
        : {}),
    },
  };
}

function gatewayStatus(objects: KubernetesObject[]) {
  const analysis = analyzeGatewayApi(objects);
  const find = (type: string) => {
    const found = analysis.gateways[0].conditions.find(c => c.type === type);
    return found && `${found.status}/${found.reason}`;
  };
  return {
    resolvedRefs: find('ResolvedRefs'),
    accepted: find('Accepted'),
    errors: analysis.findings
      .filter(f => f.severity === 'error')
      .map(f => f.code),
  };
}

const grantSecretsTo = (namespace: string) =>
  referenceGrant(
    `${namespace}/g`,
    [
      {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: 'infra',
      },
    ],
    [{ group: '', kind: 'Secret' }],
  );

describe("a Gateway's ResolvedRefs (spec: GatewayBackendTLS.clientCertificateRef)", () => {
  it('is not set when the Gateway has no backend client certificate', () => {
    expect(
      gatewayStatus([withClientCertificate()]).resolvedRefs,
    ).toBeUndefined();
  });

  it('is True for a Secret of its namespace with a certificate and key', () => {
    expect(
      gatewayStatus([
        withClientCertificate({ name: 'client' }),
        tlsSecret('infra/client'),
      ]),
    ).toEqual({
      resolvedRefs: 'True/ResolvedRefs',
      accepted: 'True/Accepted',
      errors: [],
    });
  });

  it('leaves the Secret unchecked when the input holds no Secret at all', () => {
    expect(
      gatewayStatus([withClientCertificate({ name: 'client' })]).resolvedRefs,
    ).toBe('True/ResolvedRefs');
  });

  it.each([
    ['a missing Secret', { name: 'gone' }],
    [
      'another group',
      { group: 'wrong.example.com', kind: 'Secret', name: 'client' },
    ],
    ['another kind', { kind: 'ConfigMap', name: 'client' }],
    ['a Secret without tls.crt and tls.key', { name: 'empty' }],
  ])(
    'is False with InvalidClientCertificateRef for %s, leaving the Gateway accepted',
    (_case, ref: ObjectReference) => {
      expect(
        gatewayStatus([
          withClientCertificate(ref),
          tlsSecret('infra/client'),
          tlsSecret('infra/empty', {}),
        ]),
      ).toEqual({
        resolvedRefs: 'False/InvalidClientCertificateRef',
        accepted: 'True/Accepted',
        errors: ['InvalidClientCertificateRef'],
      });
    },
  );

  it('is False with RefNotPermitted for a Secret of another namespace without a ReferenceGrant', () => {
    const objects = [
      withClientCertificate({ name: 'client', namespace: 'certs' }),
      tlsSecret('certs/client'),
    ];
    expect(gatewayStatus(objects).resolvedRefs).toBe('False/RefNotPermitted');
    expect(
      gatewayStatus([...objects, grantSecretsTo('certs')]).resolvedRefs,
    ).toBe('True/ResolvedRefs');
  });

  it('sums up the listeners: False with ListenersNotResolved while one of them is unresolved', () => {
    const status = gatewayStatus([
      withClientCertificate({ name: 'client' }, [
        {},
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          tls: { certificateRefs: [{ name: 'gone' }] },
        },
      ]),
      tlsSecret('infra/client'),
    ]);
    expect(status.resolvedRefs).toBe('False/ListenersNotResolved');
    // The listener's own finding says what is wrong; the Gateway adds none.
    expect(status.errors).toEqual(['InvalidCertificateRef']);
  });
});
