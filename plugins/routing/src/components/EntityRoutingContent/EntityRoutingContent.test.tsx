import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../api/types';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { storefront } from '../../__testUtils__/fixtures';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  clusters,
  grpcRoute,
  ingress,
  manyRoutes,
  notAllowedRoute,
  pendingRoute,
  readyRoute,
  virtualService,
} from '../../__testUtils__/routeFixtures';
import { EntityRoutingContent } from './EntityRoutingContent';

jest.mock('../RoutingTopology', () => ({
  RoutingTopology: ({ routes }: { routes: unknown[] }) => (
    <div>{`Topology of ${routes.length} routes`}</div>
  ),
}));

const requestExposureHref =
  '/create/templates/default/expose-http?formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

async function renderContent(api: RoutingApi, entity: Entity = storefront) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [routingApiRef, api],
        [permissionApiRef, mockApis.permission()],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityRoutingContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

/** The entity has no exposure requests. */
const noRequests = jest.fn().mockResolvedValue({ requests: [] });

function answer(
  response: EntityRoutesResponse,
  listExposureRequests: RoutingApi['listExposureRequests'] = noRequests,
) {
  return mockRoutingApi({
    getEntityRoutes: jest.fn().mockResolvedValue(response),
    listExposureRequests,
  });
}

async function forbidden(): Promise<ResponseError> {
  const body = {
    error: { name: 'NotAllowedError', message: 'Not allowed' },
    response: { statusCode: 403 },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: 403,
      statusText: 'Forbidden',
      headers: { 'content-type': 'application/json' },
    }),
  );
}

async function clusterSection(name: string) {
  return screen.findByRole('region', { name: `Cluster ${name}` });
}

describe('EntityRoutingContent', () => {
  it('asks the backend for the routes of the entity on the page', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValue({ routes: [], clusters: [] });
    await renderContent(
      mockRoutingApi({ getEntityRoutes, listExposureRequests: noRequests }),
    );

    expect(getEntityRoutes).toHaveBeenCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
  });

  it('shows progress while the routes load', async () => {
    await renderContent(
      mockRoutingApi({
        getEntityRoutes: jest.fn().mockReturnValue(new Promise(() => {})),
        listExposureRequests: noRequests,
      }),
    );

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByText(/Routes \(/)).not.toBeInTheDocument();
  });

  it('groups the routes by cluster, then by family', async () => {
    await renderContent(
      answer({
        routes: [ingress, virtualService, readyRoute, grpcRoute],
        clusters: [clusters.ok],
      }),
    );

    const section = await clusterSection('prod-eu');
    expect(screen.getByText('Routes (4)')).toBeInTheDocument();
    const headings = within(section)
      .getAllByRole('heading', { level: 4 })
      .map(heading => heading.textContent);
    expect(headings).toEqual([
      'Gateway API (2)',
      'Mesh (Istio VirtualService) (1)',
      'Legacy Ingress (1)',
    ]);
    const gatewayApi = within(section).getByRole('list', {
      name: 'Gateway API (2)',
    });
    expect(
      within(gatewayApi)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['GRPCRoute shop/cart-grpc', 'HTTPRoute shop/storefront']);
    expect(
      within(section).getByRole('listitem', {
        name: 'VirtualService shop/cart',
      }),
    ).toBeInTheDocument();
  });

  it('shows each route with its URLs as links that open a new tab', async () => {
    await renderContent(
      answer({ routes: [readyRoute], clusters: [clusters.ok] }),
    );

    const link = await screen.findByRole('link', {
      name: 'https://storefront.shop.example.com/',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://storefront.shop.example.com/',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('shows the sentence of a refused route and counts it as failed', async () => {
    await renderContent(
      answer({
        routes: [readyRoute, notAllowedRoute],
        clusters: [clusters.ok],
      }),
    );

    expect(
      await screen.findByText(
        /accepts routes only from namespaces labelled team=shop/,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('1 failed, 1 ready')).not.toHaveLength(0);
  });

  it('offers to request exposure in the header when routes exist', async () => {
    await renderContent(
      answer({ routes: [readyRoute], clusters: [clusters.ok] }),
    );

    expect(
      await screen.findByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute('href', requestExposureHref);
  });

  it("shows a broken cluster's own warning in its section while the other clusters render", async () => {
    await renderContent(
      answer({ routes: [readyRoute], clusters: [clusters.error, clusters.ok] }),
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
    await renderContent(
      answer({ routes: [staleRoute], clusters: [clusters.stale] }),
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
    await renderContent(
      answer({ routes: [stagingRoute], clusters: [clusters.syncing] }),
    );

    const section = await clusterSection('staging');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'VirtualService (networking.istio.io): still being listed',
    );
  });

  it('tells a healthy cluster lacks Istio, as information', async () => {
    const devRoute = { ...readyRoute, cluster: 'dev' };
    await renderContent(
      answer({ routes: [devRoute], clusters: [clusters.noIstio] }),
    );

    const section = await clusterSection('dev');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'VirtualService (networking.istio.io): not installed',
    );
  });

  it('marks a requested route as waiting for review, and lists its request below', async () => {
    await renderContent(
      answer(
        { routes: [pendingRoute], clusters: [clusters.ok] },
        jest.fn().mockResolvedValue({
          requests: [
            exposureRequest('open', {
              provider: 'local',
              branchName: 'portway/expose-storefront-http-checkout',
            }),
          ],
        }),
      ),
    );

    const item = await screen.findByRole('listitem', {
      name: 'HTTPRoute shop/storefront-checkout',
    });
    expect(within(item).getByText('pending')).toBeInTheDocument();
    expect(
      within(item).getByText(
        /Waiting for review on branch portway\/expose-storefront-http-checkout/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Exposure requests (1)'),
    ).toBeInTheDocument();
    expect(
      document.getElementById('portway-exposure-requests'),
    ).toContainElement(screen.getByText('Exposure requests (1)'));
  });

  // Big lists are counted with selectors, and given time: jsdom is slow over hundreds of routes.
  it('shows only the first routes of a family of 200, broken ones first', async () => {
    const broken = { ...notAllowedRoute, name: 'zz-broken' };
    const { container } = await renderContent(
      answer({
        routes: [...manyRoutes(200), broken],
        clusters: [clusters.ok],
      }),
    );

    expect(await screen.findByText('Gateway API (201)')).toBeInTheDocument();
    const items = container.querySelectorAll('li');
    expect(items).toHaveLength(25);
    expect(items[0]).toHaveAttribute('aria-label', 'HTTPRoute books/zz-broken');
    expect(screen.getByText('Show all 201 routes')).toBeInTheDocument();
  }, 15_000);

  it('shows the rest of a long family on demand', async () => {
    const { container } = await renderContent(
      answer({ routes: manyRoutes(30), clusters: [clusters.ok] }),
    );

    await userEvent.click(await screen.findByText('Show all 30 routes'));

    expect(container.querySelectorAll('li')).toHaveLength(30);
    expect(screen.queryByText(/Show all/)).not.toBeInTheDocument();
  }, 15_000);

  it('filters the routes by the words in the filter box', async () => {
    await renderContent(
      answer({ routes: manyRoutes(10), clusters: [clusters.ok] }),
    );

    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Filter routes' }),
      'route-7.shop',
    );

    expect(
      screen
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['HTTPRoute shop/route-007']);
    expect(
      screen.getByText('10 ready · showing 1 that match the filter'),
    ).toBeInTheDocument();
  });

  it("switches to the topology of the routes, under the troubled clusters' warnings, and back", async () => {
    await renderContent(
      answer({
        routes: [readyRoute, grpcRoute],
        clusters: [clusters.ok, clusters.error],
      }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Topology' }),
    );
    expect(await screen.findByText('Topology of 2 routes')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cluster prod-ap: error',
    );

    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(
      screen.getByRole('listitem', { name: 'HTTPRoute shop/storefront' }),
    ).toBeInTheDocument();
  });

  it('explains what was looked for, where, and links to the exposure template when there are none', async () => {
    await renderContent(
      answer({ routes: [], clusters: [clusters.ok, clusters.error] }),
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
    await renderContent(answer({ routes: [], clusters: [clusters.error] }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cluster prod-ap: error: connect ECONNREFUSED 10.0.0.3:6443',
    );
    expect(
      screen.getByText('No routes found for this entity'),
    ).toBeInTheDocument();
  });

  it('lists the exposure requests of an entity that has no routes yet', async () => {
    await renderContent(
      answer(
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

  it('lists the exposure requests below the routes, and none when there are none', async () => {
    const listExposureRequests = jest.fn().mockResolvedValue({ requests: [] });
    await renderContent(
      answer(
        { routes: [readyRoute], clusters: [clusters.ok] },
        listExposureRequests,
      ),
    );

    await screen.findByText('Routes (1)');
    await waitFor(() => expect(listExposureRequests).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByText(/Exposure requests/)).not.toBeInTheDocument();
  });

  it('keeps showing the routes when the exposure requests cannot be loaded', async () => {
    await renderContent(
      answer(
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
    const error = await forbidden();
    await renderContent(
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
    await renderContent(
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
});
