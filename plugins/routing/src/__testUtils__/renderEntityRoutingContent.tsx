import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../api/types';
import { EntityRoutingContent } from '../components/EntityRoutingContent';
import { storefront } from './fixtures';
import { mockRoutingApi } from './mockRoutingApi';

/** Where "Request exposure" leads for the storefront entity. */
export const requestExposureHref =
  '/create/templates/default/expose-http?formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fstorefront%22%7D';

/** Renders the Routing tab for `entity` (the storefront by default) against `api`. */
export async function renderEntityRoutingContent(
  api: RoutingApi,
  entity: Entity = storefront,
) {
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
export const noRequests = jest.fn().mockResolvedValue({ requests: [] });

/** A routing API answering `response` for the entity's routes, and its exposure requests. */
export function entityRoutesAnswer(
  response: EntityRoutesResponse,
  listExposureRequests: RoutingApi['listExposureRequests'] = noRequests,
) {
  return mockRoutingApi({
    getEntityRoutes: jest.fn().mockResolvedValue(response),
    listExposureRequests,
  });
}

/** The tab's section of one cluster, once it shows. */
export async function clusterSection(name: string) {
  return screen.findByRole('region', { name: `Cluster ${name}` });
}
