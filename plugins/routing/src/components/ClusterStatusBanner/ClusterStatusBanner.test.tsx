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
