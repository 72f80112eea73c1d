import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type {
  EntityRoutesResponse,
  RouteView,
} from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../../api/types';
import { forbiddenError } from '../../__testUtils__/forbiddenError';
import { mockRoutingApi } from '../../__testUtils__/mockRoutingApi';
import {
  brokenCluster,
  httpRoute,
  okCluster,
  refusedRoute,
  storefront,
} from '../../__testUtils__/fixtures';
import { EntityRoutingCard } from './EntityRoutingCard';

const tabPath = '/catalog/default/component/storefront/routing';

async function renderCard(api: RoutingApi, title?: string) {
  return renderInTestApp(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <EntityProvider entity={storefront}>
        <EntityRoutingCard title={title} />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function answer(response: EntityRoutesResponse) {
  return mockRoutingApi({
    getEntityRoutes: jest.fn().mockResolvedValue(response),
  });
}

function withUrls(name: string, urls: string[]): RouteView {
  return { ...httpRoute, name, urls };
}

describe('EntityRoutingCard', () => {
  it('shows a progress bar while the routes load', async () => {
    await renderCard(
      mockRoutingApi({ getEntityRoutes: () => new Promise(() => {}) }),
    );

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('asks for the routes of the entity on the page', async () => {
    const getEntityRoutes = jest
      .fn()
      .mockResolvedValue({ routes: [httpRoute], clusters: [okCluster] });
    await renderCard(mockRoutingApi({ getEntityRoutes }));

    await screen.findByText('1 route ready in 1 cluster');
    expect(getEntityRoutes).toHaveBeenCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
  });

  it('shows the URLs as links that open a new tab, and one health line', async () => {
    await renderCard(answer({ routes: [httpRoute], clusters: [okCluster] }));

    const link = await screen.findByRole('link', {
      name: 'https://storefront.shop.example.com/',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://storefront.shop.example.com/',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByText('1 route ready in 1 cluster')).toBeInTheDocument();
    expect(screen.getByLabelText('Status ok')).toBeInTheDocument();
  });

  it('lists ready URLs first, marks the refused ones and names the refused route', async () => {
    await renderCard(
      answer({ routes: [refusedRoute, httpRoute], clusters: [okCluster] }),
    );

    const links = await screen.findAllByRole('link', { name: /^https:/ });
    expect(links.map(link => link.textContent)).toEqual([
      'https://storefront.shop.example.com/',
      'https://admin.other.example.com/',
    ]);
    expect(screen.getByText('(failed)')).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 of 2 routes refused: storefront-admin (NoMatchingListenerHostname)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Status error')).toBeInTheDocument();
  });

  it('shows each URL once and sums up the rest with a link to the Routing tab', async () => {
    await renderCard(
      answer({
        routes: [
          withUrls('a', ['https://a.example.com/', 'https://b.example.com/']),
          withUrls('b', ['https://b.example.com/', 'https://c.example.com/']),
          withUrls('c', ['https://d.example.com/', 'https://e.example.com/']),
        ],
        clusters: [okCluster],
      }),
    );

    const links = await screen.findAllByRole('link', { name: /^https:/ });
    expect(links.map(link => link.textContent)).toEqual([
      'https://a.example.com/',
      'https://b.example.com/',
      'https://c.example.com/',
    ]);
    expect(screen.getByRole('link', { name: 'and 2 more' })).toHaveAttribute(
      'href',
      tabPath,
    );
  });

  it('links to the Routing tab of the entity', async () => {
    await renderCard(answer({ routes: [httpRoute], clusters: [okCluster] }));

    expect(
      await screen.findByRole('link', { name: /Open the Routing tab/ }),
    ).toHaveAttribute('href', tabPath);
  });

  it('warns about an unreachable cluster while showing the routes of the others', async () => {
    await renderCard(
      answer({
        routes: [{ ...httpRoute, cluster: 'prod-us' }],
        clusters: [okCluster, brokenCluster, { name: 'prod-ap', state: 'ok' }],
      }),
    );

    expect(
      await screen.findByText(
        'cluster prod-eu unreachable: showing 2 of 3 clusters',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://storefront.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it('says "Not exposed yet" and links to the Routing tab when there are no routes', async () => {
    await renderCard(answer({ routes: [], clusters: [okCluster] }));

    expect(await screen.findByText('Not exposed yet')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request exposure on the Routing tab' }),
    ).toHaveAttribute('href', tabPath);
  });

  it('does not claim "Not exposed yet" when a cluster could not be read', async () => {
    await renderCard(
      answer({ routes: [], clusters: [okCluster, brokenCluster] }),
    );

    expect(
      await screen.findByText(
        'cluster prod-eu unreachable: showing 1 of 2 clusters',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not exposed yet')).not.toBeInTheDocument();
  });

  it('says when routes exist but none has a URL', async () => {
    await renderCard(
      answer({ routes: [withUrls('mesh', [])], clusters: [okCluster] }),
    );

    expect(
      await screen.findByText(
        'No URLs: its routes serve no hostname that can be opened.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 route ready in 1 cluster')).toBeInTheDocument();
  });

  it('says the user may not see the routes when the backend answers 403', async () => {
    await renderCard(
      mockRoutingApi({
        getEntityRoutes: jest.fn().mockRejectedValue(await forbiddenError()),
      }),
    );

    expect(
      await screen.findByText(/You are not allowed to see the routes/),
    ).toHaveTextContent('routing.entity.read');
  });

  it('shows other errors in an error panel', async () => {
    await renderCard(
      mockRoutingApi({
        getEntityRoutes: jest
          .fn()
          .mockRejectedValue(new Error('backend unreachable')),
      }),
    );

    expect(
      await screen.findByText('Error: backend unreachable'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not exposed yet')).not.toBeInTheDocument();
  });

  it('takes its title from the props', async () => {
    await renderCard(
      answer({ routes: [httpRoute], clusters: [okCluster] }),
      'How to reach it',
    );

    expect(await screen.findByText('How to reach it')).toBeInTheDocument();
  });
});
