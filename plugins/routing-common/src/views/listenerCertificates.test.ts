import type { KubernetesObject } from '../kubernetes/objects';
import { certificate, gateway } from '../semantics/__testUtils__/builders';
import { annotated, https } from '../semantics/__testUtils__/certManager';
import { listenerCertificates } from './listenerCertificates';

const letsencrypt = { kind: 'ClusterIssuer', name: 'letsencrypt' };
const webGateway = annotated([https('web', 'shop.example.com')]);

function withStatus(
  object: KubernetesObject,
  status: Record<string, unknown>,
): KubernetesObject {
  return { ...object, status: { ...object.status, ...status } };
}

describe('listenerCertificates', () => {
  it('ready: the Certificate is Ready, with its expiry and renewal time', () => {
    const issued = withStatus(
      certificate('infra/web-tls', 'web-tls', { status: 'True' }),
      {
        notAfter: '2027-02-01T00:00:00Z',
        renewalTime: '2027-01-02T00:00:00Z',
      },
    );
    expect(listenerCertificates(webGateway, 'web', [issued])).toEqual([
      {
        state: 'ready',
        secret: 'infra/web-tls',
        certificate: 'infra/web-tls',
        issuer: letsencrypt,
        notAfter: '2027-02-01T00:00:00Z',
        renewalTime: '2027-01-02T00:00:00Z',
      },
    ]);
  });

  it('issuing: cert-manager will issue one but no Certificate writes the Secret yet', () => {
    expect(listenerCertificates(webGateway, 'web', [])).toEqual([
      {
        state: 'issuing',
        secret: 'infra/web-tls',
        issuer: letsencrypt,
        message:
          'no Certificate writes Secret infra/web-tls yet; cert-manager creates one once it sees the Gateway (its Gateway API support must be on)',
      },
    ]);
  });

  it('issuing: the Certificate exists and its Ready condition is Unknown', () => {
    const pending = certificate('infra/web-tls', 'web-tls', {
      status: 'Unknown',
      reason: 'Issuing',
      message: 'Issuing certificate as Secret does not exist',
    });
    expect(listenerCertificates(webGateway, 'web', [pending])).toEqual([
      {
        state: 'issuing',
        secret: 'infra/web-tls',
        certificate: 'infra/web-tls',
        issuer: letsencrypt,
        message: 'Issuing certificate as Secret does not exist',
      },
    ]);
  });

  it("not-ready: the Certificate's Ready is False, with its message", () => {
    const failed = certificate('infra/web-tls', 'web-tls', {
      status: 'False',
      reason: 'Failed',
      message: 'ACME order failed: rate limited',
    });
    expect(listenerCertificates(webGateway, 'web', [failed])).toEqual([
      {
        state: 'not-ready',
        secret: 'infra/web-tls',
        certificate: 'infra/web-tls',
        issuer: letsencrypt,
        message:
          'Certificate infra/web-tls is not Ready: ACME order failed: rate limited',
      },
    ]);
  });

  it('will-not-issue: cert-manager skips the listener, saying why', () => {
    const noHostname = annotated([https('web')]);
    expect(listenerCertificates(noHostname, 'web', [])).toEqual([
      {
        state: 'will-not-issue',
        secret: 'infra/web-tls',
        issuer: letsencrypt,
        message:
          'cert-manager does not issue a certificate for this listener: the listener has no hostname',
      },
    ]);
  });

  it('unmanaged: the Gateway does not ask cert-manager, so each Secret is managed elsewhere', () => {
    const plain = gateway('infra/public', [
      https('web', 'shop.example.com', {
        certificateRefs: [
          { name: 'web-tls' },
          { name: 'ca', namespace: 'certs' },
        ],
      }),
    ]);
    expect(listenerCertificates(plain, 'web', [])).toEqual([
      { state: 'unmanaged', secret: 'infra/web-tls' },
      { state: 'unmanaged', secret: 'certs/ca' },
    ]);
  });

  it('gives nothing for an HTTP listener or a name the Gateway does not have', () => {
    const mixed = annotated([{ name: 'http' }, https('web', 'a.com')]);
    expect(listenerCertificates(mixed, 'http', [])).toEqual([]);
    expect(listenerCertificates(mixed, 'nope', [])).toEqual([]);
  });
});
