import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  entityPresentationApiRef,
  EntityProvider,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import {
  catalogPlugin,
  DefaultEntityPresentationApi,
} from '@backstage/plugin-catalog';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { routingApiRef, type RoutingApi } from '@portway/plugin-routing';
import { entityPage } from './EntityPage';

function component(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'storefront', namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-shop' },
  };
}

function resource(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'shop-db', namespace: 'default', annotations },
    spec: { type: 'database', owner: 'team-shop' },
  };
}

async function renderEntityPage(entity: Entity, path: string) {
  const routingApi: RoutingApi = {
    getEntityRoutes: jest.fn().mockResolvedValue({ routes: [], clusters: [] }),
    getGateways: jest.fn(),
    getEntityServices: jest.fn(),
    getListeners: jest.fn(),
    getIngressClasses: jest.fn(),
    preflight: jest.fn(),
    listExposureRequests: jest.fn().mockResolvedValue({ requests: [] }),
    withdrawExposureRequest: jest.fn(),
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          catalogApiRef,
          {
            getEntities: jest.fn().mockResolvedValue({ items: [] }),
            getEntityAncestors: jest.fn().mockResolvedValue({
              rootEntityRef: stringifyEntityRef(entity),
              items: [{ entity, parentEntityRefs: [] }],
            }),
          },
        ],
        [
          scmIntegrationsApiRef,
          ScmIntegrationsApi.fromConfig(mockApis.config()),
        ],
        [entityPresentationApiRef, DefaultEntityPresentationApi.createLocal()],
        [starredEntitiesApiRef, new MockStarredEntitiesApi()],
        [permissionApiRef, mockApis.permission()],
        [routingApiRef, routingApi],
      ]}
    >
      <EntityProvider entity={entity}>{entityPage}</EntityProvider>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog': catalogPlugin.routes.catalogIndex },
    },
  );
  return routingApi;
}

describe('EntityPage', () => {
  it('shows the Routing tab at /routing for a component', async () => {
    const routingApi = await renderEntityPage(
      component({ 'backstage.io/kubernetes-id': 'storefront' }),
      '/routing',
    );

    expect(screen.getByRole('tab', { name: 'Routing' })).toBeInTheDocument();
    expect(
      await screen.findByText('No routes found for this entity'),
    ).toBeInTheDocument();
    expect(routingApi.getEntityRoutes).toHaveBeenCalled();
  });

  it('shows the Routing tab even for a component without Kubernetes annotations', async () => {
    await renderEntityPage(component(), '/routing');

    expect(screen.getByRole('tab', { name: 'Routing' })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Request exposure' }),
    ).toBeInTheDocument();
  });

  it('hides the Routing tab of other kinds without a Kubernetes annotation', async () => {
    await renderEntityPage(resource(), '/routing');

    expect(
      screen.queryByRole('tab', { name: 'Routing' }),
    ).not.toBeInTheDocument();
  });

  it('shows the Routing tab of other kinds with a Kubernetes annotation', async () => {
    await renderEntityPage(
      resource({ 'backstage.io/kubernetes-id': 'shop-db' }),
      '/routing',
    );

    expect(screen.getByRole('tab', { name: 'Routing' })).toBeInTheDocument();
  });
});
