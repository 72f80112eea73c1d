export { CertificateStatus } from './CertificateStatus';
export type { CertificateStatusProps } from './CertificateStatus';
