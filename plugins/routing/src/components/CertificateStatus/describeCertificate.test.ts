import { describeCertificate } from './describeCertificate';

const now = new Date('2026-12-01T12:00:00.000Z');
const issuer = { kind: 'ClusterIssuer', name: 'letsencrypt' };

describe('describeCertificate', () => {
  it('gives the expiry and issuer of a ready certificate', () => {
    expect(
      describeCertificate(
        { state: 'ready', issuer, notAfter: '2026-12-24T13:00:00Z' },
        now,
      ),
    ).toEqual({
      tone: 'ok',
      text: 'Certificate ready, expires in 23 days (2026-12-24), issued by ClusterIssuer letsencrypt',
    });
  });

  it('treats a ready certificate past its expiry as an error', () => {
    expect(
      describeCertificate(
        { state: 'ready', notAfter: '2026-11-28T12:00:00Z' },
        now,
      ),
    ).toEqual({
      tone: 'error',
      text: 'Certificate ready, expired 3 days ago (2026-11-28)',
    });
  });

  it('says who is issuing a certificate that is on its way', () => {
    expect(describeCertificate({ state: 'issuing', issuer }, now)).toEqual({
      tone: 'pending',
      text: 'Certificate being issued by ClusterIssuer letsencrypt',
    });
  });

  it('says why a certificate is not ready', () => {
    expect(
      describeCertificate(
        {
          state: 'not-ready',
          issuer,
          message: 'ACME challenge failed: 404 on /.well-known',
        },
        now,
      ),
    ).toEqual({
      tone: 'error',
      text: 'Certificate not ready: ACME challenge failed: 404 on /.well-known, issued by ClusterIssuer letsencrypt',
    });
  });

  it('says why no certificate will be issued', () => {
    expect(
      describeCertificate(
        {
          state: 'will-not-issue',
          message: 'listener https has no hostname, so cert-manager skips it',
        },
        now,
      ),
    ).toEqual({
      tone: 'error',
      text: 'No certificate will be issued: listener https has no hostname, so cert-manager skips it',
    });
  });

  it('names the Secret of a certificate managed outside cert-manager', () => {
    expect(
      describeCertificate(
        { state: 'unmanaged', secret: 'infra/public-tls' },
        now,
      ),
    ).toEqual({
      tone: 'neutral',
      text: 'Certificate not managed by cert-manager, Secret infra/public-tls, its expiry is not known to Portway',
    });
  });
});
