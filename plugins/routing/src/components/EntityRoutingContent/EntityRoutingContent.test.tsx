import { act, screen, waitFor, within } from '@testing-library/react';
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
import {
  brokenCluster,
  httpRoute,
  okCluster,
  refusedRoute,
  storefront,
} from '../../__testUtils__/fixtures';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import { EntityRoutingContent } from './EntityRoutingContent';

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

  it('shows each route with its URLs as links that open a new tab', async () => {
    await renderContent(answer({ routes: [httpRoute], clusters: [okCluster] }));

    const link = await screen.findByRole('link', {
      name: 'https://storefront.shop.example.com/',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://storefront.shop.example.com/',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByText('HTTPRoute')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront')).toBeInTheDocument();
    expect(screen.getByText('prod-eu')).toBeInTheDocument();
  });

  it('shows the parent Gateway, its listener, the Accepted condition and the summary', async () => {
    await renderContent(answer({ routes: [httpRoute], clusters: [okCluster] }));

    expect(await screen.findByText('infra/public')).toBeInTheDocument();
    expect(screen.getByText('https (HTTPS:443)')).toBeInTheDocument();
    expect(screen.getByText('Accepted: True (Accepted)')).toBeInTheDocument();
    expect(screen.getByText('ready')).toBeInTheDocument();
    expect(screen.getByText('shop/storefront:8080')).toBeInTheDocument();
  });

  it('shows why a Gateway refused a route', async () => {
    await renderContent(
      answer({ routes: [refusedRoute], clusters: [okCluster] }),
    );

    expect(
      await screen.findByText('Accepted: False (NoMatchingListenerHostname)'),
    ).toBeInTheDocument();
    expect(screen.getByText('failed')).toBeInTheDocument();
  });

  it('offers to request exposure in the header when routes exist', async () => {
    await renderContent(answer({ routes: [httpRoute], clusters: [okCluster] }));

    expect(
      await screen.findByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute('href', requestExposureHref);
  });

  it('shows a broken cluster next to the routes of the other clusters', async () => {
    const usRoute = { ...httpRoute, cluster: 'prod-us' };
    await renderContent(
      answer({ routes: [usRoute], clusters: [brokenCluster, okCluster] }),
    );

    expect(
      await screen.findByText(
        'Cluster prod-eu: error: connect ECONNREFUSED 10.0.0.1:6443',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Cluster prod-us/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://storefront.shop.example.com/',
      }),
    ).toBeInTheDocument();
  });

  it('explains how routes are found and links to the exposure template when there are none', async () => {
    await renderContent(answer({ routes: [], clusters: [okCluster] }));

    expect(
      await screen.findByText('No routes found for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('backstage.io/kubernetes-id=storefront'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request exposure' }),
    ).toHaveAttribute('href', requestExposureHref);
  });

  it('tells the user when the entity has no Kubernetes annotation to search by', async () => {
    const bare: Entity = {
      ...storefront,
      metadata: { name: 'storefront', namespace: 'default' },
    };
    await renderContent(answer({ routes: [], clusters: [] }), bare);

    const emptyState = await screen.findByText(/This entity has neither the/);
    expect(
      within(emptyState).getByText('backstage.io/kubernetes-label-selector'),
    ).toBeInTheDocument();
  });

  it('lists the exposure requests of the entity below its routes', async () => {
    const listExposureRequests = jest.fn().mockResolvedValue({
      requests: [
        exposureRequest('open', {
          provider: 'local',
          branchName: 'portway/expose-storefront-http-storefront',
        }),
      ],
    });
    await renderContent(
      answer(
        { routes: [httpRoute], clusters: [okCluster] },
        listExposureRequests,
      ),
    );

    const requests = await screen.findByText('Exposure requests (1)');
    expect(listExposureRequests).toHaveBeenCalledWith({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });
    expect(
      screen.getByText('Routes (1)').compareDocumentPosition(requests) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      screen.getByText('branch portway/expose-storefront-http-storefront'),
    ).toBeInTheDocument();
  });

  it('lists the exposure requests of an entity that has no routes yet', async () => {
    await renderContent(
      answer(
        { routes: [], clusters: [okCluster] },
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

  it('shows no exposure requests section for an entity without any', async () => {
    const listExposureRequests = jest.fn().mockResolvedValue({ requests: [] });
    await renderContent(
      answer(
        { routes: [httpRoute], clusters: [okCluster] },
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
        { routes: [httpRoute], clusters: [okCluster] },
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
    expect(screen.getByText('Routes (1)')).toBeInTheDocument();
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
