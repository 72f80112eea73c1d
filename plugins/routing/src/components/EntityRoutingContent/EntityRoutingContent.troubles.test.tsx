import { act, screen, within } from '@testing-library/react';
import { forbiddenError } from '../../__testUtils__/forbiddenError';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  clusterSection,
  entityRoutesAnswer,
  renderEntityRoutingContent,
  requestExposureHref,
} from '../../__testUtils__/renderEntityRoutingContent';
import { clusters } from '../../__testUtils__/clusterStatusFixtures';
import { readyRoute } from '../../__testUtils__/gatewayApiRouteFixtures';

describe('EntityRoutingContent with troubled clusters, no routes or errors', () => {
  it("shows a broken cluster's own warning in its section while the other clusters render", async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [readyRoute],
        clusters: [clusters.error, clusters.ok],
      }),
    );

    const broken = await clusterSection('prod-ap');
    expect(
      within(broken).getByText(
        'Cluster prod-ap: error: connect ECONNREFUSED 10.0.0.3:6443',
      ),
    ).toBeInTheDocument();
    expect(
      within(broken).getByText('Nothing from this cluster is shown.'),
    ).toBeInTheDocument();
    expect(
      within(broken).getByText('No routes of this entity from this cluster.'),
    ).toBeInTheDocument();
    const healthy = await clusterSection('prod-eu');
    expect(within(healthy).queryByRole('alert')).not.toBeInTheDocument();
    expect(
      within(healthy).getByRole('link', {
        name: 'https://storefront.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it("shows a stale cluster's reason and the age of its data above its routes", async () => {
    const staleRoute = { ...readyRoute, cluster: 'prod-us' };
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: [staleRoute], clusters: [clusters.stale] }),
    );

    const section = await clusterSection('prod-us');
    const alert = within(section).getByRole('alert');
    expect(alert).toHaveTextContent(
      'Cluster prod-us: stale: reading fails: connect ETIMEDOUT 10.0.0.2:6443',
    );
    expect(alert).toHaveTextContent(
      /Data from 12 minutes ago \(.* UTC\); what is shown may be out of date\./,
    );
    expect(
      within(section).getByRole('listitem', {
        name: 'HTTPRoute shop/storefront',
      }),
    ).toBeInTheDocument();
  });

  it('shows which kinds a syncing cluster is still listing', async () => {
    const stagingRoute = { ...readyRoute, cluster: 'staging' };
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [stagingRoute],
        clusters: [clusters.syncing],
      }),
    );

    const section = await clusterSection('staging');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'VirtualService (networking.istio.io): still being listed',
    );
  });

  it('tells a healthy cluster lacks Istio, as information', async () => {
    const devRoute = { ...readyRoute, cluster: 'dev' };
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: [devRoute], clusters: [clusters.noIstio] }),
    );

    const section = await clusterSection('dev');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'VirtualService (networking.istio.io): not installed',
    );
  });

  it('explains what was looked for, where, and links to the exposure template when there are none', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
        routes: [],
        clusters: [clusters.ok, clusters.error],
      }),
    );

    expect(
      await screen.findByText('No routes found for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('backstage.io/kubernetes-id=storefront'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Searched clusters: prod-eu (ok), prod-ap (error).'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute('href', requestExposureHref);
  });

  it('still shows the warning of a cluster in error when there are no routes', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: [], clusters: [clusters.error] }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cluster prod-ap: error: connect ECONNREFUSED 10.0.0.3:6443',
    );
    expect(
      screen.getByText('No routes found for this entity'),
    ).toBeInTheDocument();
  });

  it('lists the exposure requests of an entity that has no routes yet', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer(
        { routes: [], clusters: [clusters.ok] },
        jest.fn().mockResolvedValue({
          requests: [
            exposureRequest('failed', {
              stateReason: 'the forge refused the push',
            }),
          ],
        }),
      ),
    );

    expect(
      await screen.findByText('Exposure requests (1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No routes found for this entity'),
    ).toBeInTheDocument();
    expect(screen.getByText('the forge refused the push')).toBeInTheDocument();
  });

  it('keeps showing the routes when the exposure requests cannot be loaded', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer(
        { routes: [readyRoute], clusters: [clusters.ok] },
        jest.fn().mockRejectedValue(new Error('database is locked')),
      ),
    );

    expect(
      await screen.findByText(
        'Could not load the exposure requests of this entity: database is locked',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://storefront.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it('says the user is not allowed when the backend answers 403', async () => {
    const error = await forbiddenError();
    await renderEntityRoutingContent(
      mockRoutingApi({ getEntityRoutes: jest.fn().mockRejectedValue(error) }),
    );

    expect(
      await screen.findByText(
        'You are not allowed to see the routes of this entity',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/routing\.entity\.read/)).toBeInTheDocument();
    expect(screen.queryByText('Request exposure')).not.toBeInTheDocument();
  });

  it('shows other errors in an error panel', async () => {
    await renderEntityRoutingContent(
      mockRoutingApi({
        getEntityRoutes: jest
          .fn()
          .mockRejectedValue(new Error('backend unreachable')),
      }),
    );

    expect(
      await screen.findByText('Error: backend unreachable'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('No routes found for this entity'),
    ).not.toBeInTheDocument();
  });

  it('keeps the last answer on screen, with a warning, when a refresh fails', async () => {
    const api = entityRoutesAnswer({
      routes: [readyRoute],
      clusters: [clusters.ok],
    });
    await renderEntityRoutingContent(api);
    const url = { name: 'https://storefront.shop.example.com/' };
    expect(await screen.findByRole('link', url)).toBeInTheDocument();

    (api.getEntityRoutes as jest.Mock).mockRejectedValue(
      new Error('backend restarting'),
    );
    // Coming back to the page asks again at once.
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    expect(
      await screen.findByText(/could not be refreshed \(backend restarting\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', url)).toBeInTheDocument();
  });
});
