import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { GatewaysResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../api/types';
import { forbiddenError } from '../../__testUtils__/forbiddenError';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import {
  apBroken,
  catalogueRefused,
  euOk,
  internalGateway,
  publicGateway,
  routeEntities,
  usOk,
  usStale,
} from '../../__testUtils__/gatewayFixtures';
import { RoutingGatewaysPage } from './RoutingGatewaysPage';

const everything: GatewaysResponse = {
  gateways: [publicGateway, internalGateway],
  clusters: [euOk, usOk],
};

function answer(response: GatewaysResponse): RoutingApi {
  return mockRoutingApi({ getGateways: jest.fn().mockResolvedValue(response) });
}

async function renderPage(
  api: RoutingApi,
  options: { url?: string; catalog?: typeof catalogApiRef.T } = {},
) {
  const catalog =
    options.catalog ?? catalogApiMock({ entities: routeEntities });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [routingApiRef, api],
        [catalogApiRef, catalog],
      ]}
    >
      <RoutingGatewaysPage />
    </TestApiProvider>,
    {
      routeEntries: [options.url ?? '/routing'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** The titles of the Gateway cards shown, in order. */
function gatewayTitles(): string[] {
  return screen
    .queryAllByText(/^(infra|mesh)\/(public|internal)$/)
    .map(title => title.textContent ?? '');
}

async function ownersLoaded() {
  await waitFor(() =>
    expect(screen.getByLabelText('Owner')).not.toBeDisabled(),
  );
}

describe('RoutingGatewaysPage', () => {
  it('shows a progress bar under the "Gateways" header while loading', async () => {
    await renderPage(
      mockRoutingApi({ getGateways: () => new Promise(() => {}) }),
    );

    expect(
      screen.getByRole('heading', { name: 'Gateways' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows every Gateway of every cluster with its listeners', async () => {
    await renderPage(answer(everything));

    expect(await screen.findByText('infra/public')).toBeInTheDocument();
    expect(gatewayTitles()).toEqual(['infra/public', 'mesh/internal']);
    expect(
      screen.getByText('cluster prod-eu · class istio · 203.0.113.10'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('cluster prod-us · class istio · no address yet'),
    ).toBeInTheDocument();
    const https = screen.getByRole('region', { name: 'Listener https' });
    expect(
      within(https).getByText('HTTPS:443 · *.shop.example.com'),
    ).toBeInTheDocument();
    expect(
      within(https).getByText(
        'Accepts HTTPRoute, GRPCRoute from namespaces labelled team=shop. 1 route attached.',
      ),
    ).toBeInTheDocument();
    expect(within(https).getByText('Programmed')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Listener http' })).getByText(
        'No route names this listener.',
      ),
    ).toBeInTheDocument();
  });

  it('lists the attached routes with links to their entities', async () => {
    await renderPage(answer(everything));

    const https = await screen.findByRole('region', { name: 'Listener https' });
    const row = within(https)
      .getByText('HTTPRoute shop/storefront')
      .closest('tr')!;
    expect(
      within(row).getByText('storefront.shop.example.com'),
    ).toBeInTheDocument();
    expect(within(row).getByText('ready')).toBeInTheDocument();
    expect(within(row).getByText('accepted')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: /storefront/ }),
    ).toHaveAttribute('href', '/catalog/default/component/storefront');
  });

  it('shows a refused route with the reason the listener gave, in plain words', async () => {
    await renderPage(answer(everything));

    const row = (await screen.findByText('HTTPRoute books/catalogue')).closest(
      'tr',
    )!;
    expect(
      within(row).getByText('refused: NotAllowedByListeners'),
    ).toBeInTheDocument();
    expect(
      within(row).getByText(catalogueRefused.message!),
    ).toBeInTheDocument();
    expect(within(row).getByText('failed')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: /catalogue/ }),
    ).toHaveAttribute('href', '/catalog/books/component/catalogue');
  });

  it("shows the Gateway's conflicts as warnings", async () => {
    await renderPage(answer(everything));

    const conflict = await screen.findByText(
      /^HostnameConflict: HTTPRoute shop\/storefront and HTTPRoute shop\/storefront-old/,
    );
    expect(conflict.closest('[role="alert"]')?.className).toMatch(
      /MuiAlert-standardWarning/,
    );
  });

  it('shows the certificate of each TLS listener, ready or not issued', async () => {
    await renderPage(answer(everything));

    const https = await screen.findByRole('region', { name: 'Listener https' });
    expect(within(https).getByText('TLS Terminate')).toBeInTheDocument();
    expect(
      within(https).getByText(
        /^Certificate ready, expires .* \(2099-01-01\), issued by ClusterIssuer letsencrypt$/,
      ),
    ).toBeInTheDocument();
    const grpc = screen.getByRole('region', { name: 'Listener grpc' });
    expect(
      within(grpc).getByText(
        'No certificate will be issued: the Gateway names no issuer for listener grpc',
      ),
    ).toBeInTheDocument();
  });

  it("says when a Gateway's conditions are Portway's analysis", async () => {
    await renderPage(answer(everything));

    expect(
      await screen.findByText(
        "No controller has written this Gateway's status: its conditions are Portway's analysis.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "No controller has written this listener's status: its conditions are Portway's analysis.",
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Programmed: Invalid')).toHaveLength(2);
  });

  it('warns about a broken and a stale cluster while the others render', async () => {
    await renderPage(
      answer({
        gateways: [publicGateway, internalGateway],
        clusters: [euOk, usStale, apBroken],
      }),
    );

    expect(
      await screen.findByText(
        'Cluster prod-ap: error: connect ECONNREFUSED 10.0.2.1:6443 (its Gateways may be missing or out of date)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Cluster prod-us: stale: watch failed: 503 (its Gateways may be missing or out of date)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Cluster prod-eu/)).not.toBeInTheDocument();
    expect(gatewayTitles()).toEqual(['infra/public', 'mesh/internal']);
  });

  it('says which clusters were read when none has a Gateway', async () => {
    await renderPage(answer({ gateways: [], clusters: [euOk, apBroken] }));

    expect(await screen.findByText('No Gateways found')).toBeInTheDocument();
    expect(
      screen.getByText('No Gateway API Gateway exists in prod-eu.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Cluster prod-ap: error/)).toBeInTheDocument();
  });

  it('says the user may not see the Gateways when the backend answers 403', async () => {
    await renderPage(
      mockRoutingApi({
        getGateways: jest.fn().mockRejectedValue(await forbiddenError()),
      }),
    );

    expect(
      await screen.findByText('You are not allowed to see the Gateways'),
    ).toBeInTheDocument();
    expect(screen.getByText(/routing\.gateways\.read/)).toBeInTheDocument();
  });

  it('shows other errors in an error panel', async () => {
    await renderPage(
      mockRoutingApi({
        getGateways: jest
          .fn()
          .mockRejectedValue(new Error('backend unreachable')),
      }),
    );

    expect(
      await screen.findByText('Error: backend unreachable'),
    ).toBeInTheDocument();
  });

  it("asks the catalog once for every route's entity and offers their owners", async () => {
    const catalog = catalogApiMock({ entities: routeEntities });
    const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    await renderPage(answer(everything), { catalog });

    await ownersLoaded();
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      'component:books/catalogue',
      'component:default/cart',
      'component:default/storefront',
    ]);
    const owner = within(screen.getByLabelText('Owner'));
    expect(
      owner.getAllByRole('option').map(option => option.textContent),
    ).toEqual(['All', 'team-books', 'team-cart', 'team-shop']);
  });

  it('narrows the page to the chosen cluster', async () => {
    await renderPage(answer(everything));

    await userEvent.selectOptions(
      await screen.findByLabelText('Cluster'),
      'prod-us',
    );

    expect(gatewayTitles()).toEqual(['mesh/internal']);
  });

  it('narrows the page to the chosen namespace', async () => {
    await renderPage(answer(everything));

    await userEvent.selectOptions(
      await screen.findByLabelText('Namespace'),
      'infra',
    );

    expect(gatewayTitles()).toEqual(['infra/public']);
  });

  it('finds the listener and route serving a hostname', async () => {
    await renderPage(answer(everything));

    await userEvent.click(await screen.findByLabelText('Hostname'));
    await userEvent.paste('storefront.shop.example.com');

    expect(gatewayTitles()).toEqual(['infra/public']);
    expect(screen.getByText('HTTPRoute shop/storefront')).toBeInTheDocument();
    expect(
      screen.queryByText('HTTPRoute books/catalogue'),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Listener http' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /1 route attached; the filters show 1 of the 2 that name it/,
      ),
    ).toBeInTheDocument();
  });

  it("narrows the page to the routes of the chosen owner's entities", async () => {
    await renderPage(answer(everything));

    await ownersLoaded();
    await userEvent.selectOptions(
      screen.getByLabelText('Owner'),
      'group:default/team-cart',
    );

    expect(gatewayTitles()).toEqual(['mesh/internal']);
  });

  it('reads the filters from the query string', async () => {
    await renderPage(answer(everything), {
      url: '/routing?owner=group%3Adefault%2Fteam-books',
    });

    await ownersLoaded();
    expect(gatewayTitles()).toEqual(['infra/public']);
    expect(screen.getByText('HTTPRoute books/catalogue')).toBeInTheDocument();
    expect(
      screen.queryByText('HTTPRoute shop/storefront'),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toHaveValue(
      'group:default/team-books',
    );
  });

  it('says when no Gateway matches and clears the filters on request', async () => {
    await renderPage(answer(everything), {
      url: '/routing?cluster=prod-us&namespace=infra',
    });

    expect(
      await screen.findByText('No Gateway matches the filters'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );

    expect(gatewayTitles()).toEqual(['infra/public', 'mesh/internal']);
    expect(screen.getByLabelText('Cluster')).toHaveValue('');
  });

  it('still shows the Gateways when the catalog cannot give the owners', async () => {
    const catalog = catalogApiMock.mock({
      getEntitiesByRefs: jest.fn().mockRejectedValue(new Error('catalog down')),
    });
    await renderPage(answer(everything), { catalog });

    expect(
      await screen.findByText('The catalog did not answer: catalog down'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toBeDisabled();
    expect(gatewayTitles()).toEqual(['infra/public', 'mesh/internal']);
  });
});
