import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { CertificateStatus } from './CertificateStatus';

const day = 24 * 3600 * 1000;

describe('CertificateStatus', () => {
  it('shows a ready certificate with the OK status and when it expires', async () => {
    const notAfter = new Date(
      Date.now() + 23 * day + 3600 * 1000,
    ).toISOString();
    await renderInTestApp(
      <CertificateStatus
        certificate={{
          state: 'ready',
          notAfter,
          issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
        }}
      />,
    );

    expect(screen.getByLabelText('Status ok')).toBeInTheDocument();
    expect(screen.getByText(/expires in 23 days/)).toHaveTextContent(
      'issued by ClusterIssuer letsencrypt',
    );
    expect(screen.getByTitle(notAfter)).toBeInTheDocument();
  });

  it('shows why no certificate will be issued with the error status', async () => {
    await renderInTestApp(
      <CertificateStatus
        certificate={{
          state: 'will-not-issue',
          message: 'the Gateway names no issuer for listener https',
        }}
      />,
    );

    expect(screen.getByLabelText('Status error')).toBeInTheDocument();
    expect(
      screen.getByText(
        'No certificate will be issued: the Gateway names no issuer for listener https',
      ),
    ).toBeInTheDocument();
  });

  it('shows a certificate being issued as pending', async () => {
    await renderInTestApp(
      <CertificateStatus certificate={{ state: 'issuing' }} />,
    );

    expect(screen.getByLabelText('Status pending')).toBeInTheDocument();
    expect(screen.getByText('Certificate being issued')).toBeInTheDocument();
  });
});
