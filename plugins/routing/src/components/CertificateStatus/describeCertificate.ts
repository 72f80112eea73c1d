import type { CertificateView } from '@portway/plugin-routing-common';
import { relativeTime } from '../../format/relativeTime';

/** How a certificate's line looks: fine, on its way, broken, or out of Portway's sight. */
export type CertificateTone = 'ok' | 'pending' | 'error' | 'neutral';

/** A certificate in one sentence, with its tone. */
export interface CertificateDescription {
  tone: CertificateTone;
  text: string;
}

function issuerText(certificate: CertificateView): string | undefined {
  const { issuer } = certificate;
  return issuer ? `issued by ${issuer.kind} ${issuer.name}` : undefined;
}

function expiryText(notAfter: string, now: Date): string {
  const when = relativeTime(notAfter, now);
  const day = notAfter.slice(0, 10);
  return new Date(notAfter).getTime() <= now.getTime()
    ? `expired ${when} (${day})`
    : `expires ${when} (${day})`;
}

function sentence(...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join(', ');
}

/**
 * A listener's certificate in words: `Certificate ready, expires in 23 days (2026-12-24),
 * issued by ClusterIssuer letsencrypt`; `No certificate will be issued: ...`. A ready
 * certificate past its expiry is an error.
 */
export function describeCertificate(
  certificate: CertificateView,
  now: Date,
): CertificateDescription {
  const issuer = issuerText(certificate);
  const why = certificate.message;
  switch (certificate.state) {
    case 'ready': {
      const { notAfter } = certificate;
      const expired =
        notAfter !== undefined && new Date(notAfter).getTime() <= now.getTime();
      return {
        tone: expired ? 'error' : 'ok',
        text: sentence(
          'Certificate ready',
          notAfter && expiryText(notAfter, now),
          issuer,
        ),
      };
    }
    case 'issuing':
      return {
        tone: 'pending',
        text: sentence(
          issuer ? `Certificate being ${issuer}` : 'Certificate being issued',
          why,
        ),
      };
    case 'not-ready':
      return {
        tone: 'error',
        text: sentence(`Certificate not ready${why ? `: ${why}` : ''}`, issuer),
      };
    case 'will-not-issue':
      return {
        tone: 'error',
        text: `No certificate will be issued${why ? `: ${why}` : ''}`,
      };
    default:
      return {
        tone: 'neutral',
        text: sentence(
          'Certificate not managed by cert-manager',
          certificate.secret && `Secret ${certificate.secret}`,
          'its expiry is not known to Portway',
        ),
      };
  }
}
