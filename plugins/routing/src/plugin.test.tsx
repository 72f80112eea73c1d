import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { routingApiRef, type RoutingApi } from './api/types';
import { pluginRoutingApi } from './__testUtils__/pluginRoutingApi';
import { storefront } from './__testUtils__/fixtures';
import { routeEntities } from './__testUtils__/gatewayFixtures';
import {
  EntityRoutingCard,
  EntityRoutingContent,
  routingPlugin,
  RoutingGatewaysPage,
} from './plugin';
import {
  gatewaysRouteRef,
  requestExposureRouteRef,
  rootRouteRef,
} from './routes';

/** Renders in a legacy test app, the element on a route at `path` as a legacy App.tsx has it. */
function renderLegacy(path: string, element: ReactElement, api: RoutingApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [routingApiRef, api],
        [permissionApiRef, mockApis.permission()],
        [catalogApiRef, catalogApiMock({ entities: routeEntities })],
      ]}
    >
      <Routes>
        <Route path={path} element={element} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('routingPlugin (legacy frontend system)', () => {
  it('provides the RoutingApi, the tab and page routes and the requestExposure external route', () => {
    expect(routingPlugin.getId()).toBe('routing');
    expect([...routingPlugin.getApis()].map(factory => factory.api)).toEqual([
      routingApiRef,
    ]);
    expect(routingPlugin.routes).toEqual({
      root: rootRouteRef,
      gateways: gatewaysRouteRef,
    });
    expect(routingPlugin.externalRoutes).toEqual({
      requestExposure: requestExposureRouteRef,
    });
  });

  it('EntityRoutingContent renders the entity routes with their URLs as links', async () => {
    const api = pluginRoutingApi();
    await renderLegacy(
      '/routing',
      <EntityProvider entity={storefront}>
        <EntityRoutingContent />
      </EntityProvider>,
      api,
    );

    const [url] = await screen.findAllByRole('link', {
      name: 'https://storefront.shop.example.com/',
    });
    expect(url).toHaveAttribute('href', 'https://storefront.shop.example.com/');
    expect(api.getEntityRoutes).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'Component', name: 'storefront' }),
    );
  });

  it('EntityRoutingCard renders the entity URLs and its health line', async () => {
    await renderLegacy(
      '/',
      <EntityProvider entity={storefront}>
        <EntityRoutingCard />
      </EntityProvider>,
      pluginRoutingApi(),
    );

    expect(
      await screen.findByText('1 route ready in 1 cluster'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://storefront.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it('RoutingGatewaysPage renders the gateways the backend knows', async () => {
    const api = pluginRoutingApi();
    await renderLegacy('/routing', <RoutingGatewaysPage />, api);

    expect(await screen.findByText('infra/public')).toBeInTheDocument();
    expect(api.getGateways).toHaveBeenCalled();
  });
});
