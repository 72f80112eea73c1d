import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { BackendView } from '@portway/plugin-routing-common';
import { BackendList } from './BackendList';

const storefront: BackendView = {
  kind: 'Service',
  namespace: 'shop',
  name: 'storefront',
  port: 8443,
  state: 'found',
};

describe('BackendList', () => {
  it('shows the BackendTLSPolicy under its backend, with its conditions as chips', async () => {
    await renderInTestApp(
      <BackendList
        backends={[
          {
            ...storefront,
            tls: {
              namespace: 'shop',
              name: 'storefront-tls',
              hostname: 'storefront.shop.svc',
              caConfigMaps: ['storefront-ca'],
              gateway: 'infra/public',
              conditions: [
                {
                  type: 'Accepted',
                  status: 'True',
                  reason: 'Accepted',
                  message: 'applies',
                },
                {
                  type: 'ResolvedRefs',
                  status: 'False',
                  reason: 'InvalidCACertificateRef',
                  message: 'no ca.crt',
                },
              ],
              conditionsFrom: 'analysis',
            },
          },
        ]}
      />,
    );

    expect(
      screen.getByText(
        'TLS to backend: BackendTLSPolicy shop/storefront-tls, hostname storefront.shop.svc, CA ConfigMap storefront-ca',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Accepted').closest('[data-status]'),
    ).toHaveAttribute('data-status', 'True');
    expect(
      screen
        .getByText('ResolvedRefs: InvalidCACertificateRef')
        .closest('[data-status]'),
    ).toHaveAttribute('data-status', 'False');
    expect(
      screen.getByText('predicted by Portway under Gateway infra/public'),
    ).toBeInTheDocument();
  });

  it('names a well-known CA source and says nothing of conditions when there are none', async () => {
    await renderInTestApp(
      <BackendList
        backends={[
          {
            ...storefront,
            tls: {
              namespace: 'shop',
              name: 'system-ca',
              caConfigMaps: [],
              wellKnownCACertificates: 'System',
              conditions: [],
            },
          },
        ]}
      />,
    );

    expect(
      screen.getByText(
        'TLS to backend: BackendTLSPolicy shop/system-ca, CA System (well-known)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/predicted|status/)).toBeNull();
  });

  it('shows no TLS line for a backend without a policy', async () => {
    await renderInTestApp(<BackendList backends={[storefront]} />);

    expect(screen.getByText(/shop\/storefront:8443/)).toBeInTheDocument();
    expect(screen.queryByText(/TLS to backend/)).toBeNull();
  });
});
