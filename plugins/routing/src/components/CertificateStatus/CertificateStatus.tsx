import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import type { CertificateView } from '@portway/plugin-routing-common';
import {
  describeCertificate,
  type CertificateTone,
} from './describeCertificate';

const icons: Record<
  CertificateTone,
  (props: { children: ReactNode }) => JSX.Element
> = {
  ok: StatusOK,
  pending: StatusPending,
  error: StatusError,
  neutral: StatusAborted,
};

/** Props of {@link CertificateStatus}. */
export interface CertificateStatusProps {
  /** The certificate of one of a TLS listener's certificateRefs. */
  certificate: CertificateView;
}

/**
 * A TLS listener's certificate on one line: a state icon, then its state in words with the
 * expiry and issuer, or why none will be issued. The exact expiry time is its title.
 */
export function CertificateStatus({ certificate }: CertificateStatusProps) {
  const { tone, text } = describeCertificate(certificate, new Date());
  const Icon = icons[tone];
  return (
    <Typography
      variant="body2"
      component="span"
      display="block"
      title={certificate.notAfter}
    >
      <Icon>{text}</Icon>
    </Typography>
  );
}
