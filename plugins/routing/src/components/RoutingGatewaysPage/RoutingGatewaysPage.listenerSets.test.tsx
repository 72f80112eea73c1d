import { screen, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { routingApiRef } from '../../api/types';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import { euOk, routeEntities } from '../../__testUtils__/gatewayFixtures';
import { gatewayWithListenerSets } from '../../__testUtils__/listenerSetFixtures';
import { RoutingGatewaysPage } from './RoutingGatewaysPage';

async function renderPage(url = '/routing') {
  const api = mockRoutingApi({
    getGateways: jest.fn().mockResolvedValue({
      gateways: [gatewayWithListenerSets],
      clusters: [euOk],
    }),
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [routingApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: routeEntities })],
      ]}
    >
      <RoutingGatewaysPage />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('RoutingGatewaysPage with ListenerSets', () => {
  it('shows each ListenerSet of a Gateway with its conditions, its listeners and the routes attached to them', async () => {
    await renderPage();

    const listenerSet = await screen.findByRole('region', {
      name: 'ListenerSet shop/shop-listeners',
    });
    expect(
      within(listenerSet).getAllByText('Accepted')[0].closest('[data-status]'),
    ).toHaveAttribute('data-status', 'True');
    expect(
      within(listenerSet).getByText(
        "No controller has written this ListenerSet's status: its conditions are Portway's analysis.",
        { exact: false },
      ),
    ).toBeInTheDocument();
    const postgres = within(listenerSet).getByRole('region', {
      name: 'Listener postgres',
    });
    expect(
      within(postgres).getByText('TCP:5432 · any hostname'),
    ).toBeInTheDocument();
    expect(
      within(postgres).getByText(
        'Accepts TCPRoute from namespace shop only. 1 route attached.',
      ),
    ).toBeInTheDocument();
    expect(
      within(postgres).getByText('TCPRoute shop/storefront-db'),
    ).toBeInTheDocument();
  });

  it('shows a ListenerSet the Gateway does not take, with its refusal', async () => {
    await renderPage();

    const refused = await screen.findByRole('region', {
      name: 'ListenerSet books/books-listeners',
    });
    expect(
      within(refused)
        .getByText('Accepted: NotAllowed')
        .closest('[data-status]'),
    ).toHaveAttribute('data-status', 'False');
    expect(
      within(refused).getByText('This ListenerSet has no listeners.'),
    ).toBeInTheDocument();
  });

  it("keeps a Gateway whose ListenerSet's routes match the owner filter, with only that ListenerSet", async () => {
    await renderPage('/routing?owner=group%3Adefault%2Fteam-shop');

    const listenerSet = await screen.findByRole('region', {
      name: 'ListenerSet shop/shop-listeners',
    });
    expect(
      within(listenerSet).getByText('TCPRoute shop/storefront-db'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', {
        name: 'ListenerSet books/books-listeners',
      }),
    ).not.toBeInTheDocument();
  });
});
