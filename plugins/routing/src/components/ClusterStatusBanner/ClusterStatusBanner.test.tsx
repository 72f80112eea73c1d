import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ClusterStatusBanner } from './ClusterStatusBanner';

describe('ClusterStatusBanner', () => {
  it('shows nothing when every cluster answered', async () => {
    const { container } = await renderInTestApp(
      <ClusterStatusBanner clusters={[{ name: 'prod-eu', state: 'ok' }]} />,
    );

    expect(container).toBeEmptyDOMElement();
  });

  it('shows what a healthy cluster lacks', async () => {
    await renderInTestApp(
      <ClusterStatusBanner
        clusters={[
          {
            name: 'prod-eu',
            state: 'ok',
            message: 'Istio is not installed in cluster prod-eu',
          },
        ]}
      />,
    );

    expect(
      screen.getByText(
        'Cluster prod-eu: ok: Istio is not installed in cluster prod-eu',
      ),
    ).toBeInTheDocument();
  });

  it('shows one line for each cluster that is broken, stale or syncing', async () => {
    await renderInTestApp(
      <ClusterStatusBanner
        clusters={[
          { name: 'prod-eu', state: 'error', message: '401 Unauthorized' },
          { name: 'prod-us', state: 'ok' },
          { name: 'staging', state: 'stale', message: 'last sync 10m ago' },
          { name: 'dev', state: 'syncing' },
        ]}
      />,
    );

    expect(
      screen.getByText('Cluster prod-eu: error: 401 Unauthorized'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Cluster staging: stale: last sync 10m ago'),
    ).toBeInTheDocument();
    expect(screen.getByText('Cluster dev: syncing')).toBeInTheDocument();
    expect(screen.queryByText(/prod-us/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(3);
  });

  it('says what a cluster in trouble means for the answer', async () => {
    await renderInTestApp(
      <ClusterStatusBanner
        clusters={[
          { name: 'prod-eu', state: 'error', message: '401 Unauthorized' },
          { name: 'prod-us', state: 'ok', message: 'Istio is not installed' },
        ]}
        consequence="its Services may be missing"
      />,
    );

    expect(
      screen.getByText(
        'Cluster prod-eu: error: 401 Unauthorized (its Services may be missing)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Cluster prod-us: ok: Istio is not installed'),
    ).toBeInTheDocument();
  });
});

describe('ClusterStatusBanner, detailed', () => {
  it("adds a stale cluster's data age and what it means", async () => {
    const lastSyncedAt = new Date(Date.now() - 12 * 60 * 1000).toISOString();
    await renderInTestApp(
      <ClusterStatusBanner
        detailed
        clusters={[
          {
            name: 'prod-us',
            state: 'stale',
            message: 'reading fails: connect ETIMEDOUT',
            lastSyncedAt,
          },
        ]}
      />,
    );

    expect(
      screen.getByText(
        'Cluster prod-us: stale: reading fails: connect ETIMEDOUT',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Data from 12 minutes ago \(.* UTC\); what is shown may be out of date\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('lists the kinds a cluster has not synced, and why', async () => {
    await renderInTestApp(
      <ClusterStatusBanner
        detailed
        clusters={[
          {
            name: 'staging',
            state: 'syncing',
            kinds: [
              {
                kind: 'VirtualService',
                group: 'networking.istio.io',
                state: 'syncing',
              },
              {
                kind: 'Ingress',
                group: 'networking.k8s.io',
                state: 'forbidden',
                message: 'ingresses is forbidden for portway',
              },
            ],
          },
        ]}
      />,
    );

    expect(
      screen.getByText('What is shown may be incomplete.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'VirtualService (networking.istio.io): still being listed',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Ingress (networking.k8s.io): not readable (forbidden): ingresses is forbidden for portway',
      ),
    ).toBeInTheDocument();
  });

  it('says that nothing from a cluster in error is shown', async () => {
    await renderInTestApp(
      <ClusterStatusBanner
        detailed
        clusters={[
          { name: 'prod-ap', state: 'error', message: 'ECONNREFUSED' },
        ]}
      />,
    );

    expect(
      screen.getByText('Nothing from this cluster is shown.'),
    ).toBeInTheDocument();
  });
});
