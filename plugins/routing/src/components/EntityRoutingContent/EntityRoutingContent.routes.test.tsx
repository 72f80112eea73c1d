import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  clusterSection,
  entityRoutesAnswer,
  noRequests,
  renderEntityRoutingContent,
  requestExposureHref,
} from '../../__testUtils__/renderEntityRoutingContent';
import { clusters } from '../../__testUtils__/clusterStatusFixtures';
import {
  grpcRoute,
  manyRoutes,
  notAllowedRoute,
  pendingRoute,
  readyRoute,
} from '../../__testUtils__/gatewayApiRouteFixtures';
import { ingress } from '../../__testUtils__/ingressFixtures';
import { virtualService } from '../../__testUtils__/virtualServiceFixtures';

jest.mock('../RoutingTopology', () => ({
  RoutingTopology: ({ routes }: { routes: unknown[] }) => (
    <div>{`Topology of ${routes.length} routes`}</div>
  ),
}));

describe('EntityRoutingContent with routes', () => {
  it('asks the backend for the routes of the entity on the page', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValue({ routes: [], clusters: [] });
    await renderEntityRoutingContent(
      mockRoutingApi({ getEntityRoutes, listExposureRequests: noRequests }),
    );

    expect(getEntityRoutes).toHaveBeenCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
  });

  it('shows progress while the routes load', async () => {
    await renderEntityRoutingContent(
      mockRoutingApi({
        getEntityRoutes: jest.fn().mockReturnValue(new Promise(() => {})),
        listExposureRequests: noRequests,
      }),
    );

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByText(/Routes \(/)).not.toBeInTheDocument();
  });

  it('groups the routes by cluster, then by family', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({
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
      'Mesh (1)',
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
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: [readyRoute], clusters: [clusters.ok] }),
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
    await renderEntityRoutingContent(
      entityRoutesAnswer({
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
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: [readyRoute], clusters: [clusters.ok] }),
    );

    expect(
      await screen.findByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute('href', requestExposureHref);
  });

  it('marks a requested route as waiting for review, and lists its request below', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer(
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
    const { container } = await renderEntityRoutingContent(
      entityRoutesAnswer({
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
    const { container } = await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: manyRoutes(30), clusters: [clusters.ok] }),
    );

    await userEvent.click(await screen.findByText('Show all 30 routes'));

    expect(container.querySelectorAll('li')).toHaveLength(30);
    expect(screen.queryByText(/Show all/)).not.toBeInTheDocument();
  }, 15_000);

  it('filters the routes by the words in the filter box', async () => {
    await renderEntityRoutingContent(
      entityRoutesAnswer({ routes: manyRoutes(10), clusters: [clusters.ok] }),
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
    await renderEntityRoutingContent(
      entityRoutesAnswer({
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

  it('lists the exposure requests below the routes, and none when there are none', async () => {
    const listExposureRequests = jest.fn().mockResolvedValue({ requests: [] });
    await renderEntityRoutingContent(
      entityRoutesAnswer(
        { routes: [readyRoute], clusters: [clusters.ok] },
        listExposureRequests,
      ),
    );

    await screen.findByText('Routes (1)');
    await waitFor(() => expect(listExposureRequests).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByText(/Exposure requests/)).not.toBeInTheDocument();
  });
});
