import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { RoutingClient } from './RoutingClient';

const baseUrl = 'http://localhost:7007/api/routing';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function setup(response: Response) {
  const discoveryApi: DiscoveryApi = {
    getBaseUrl: jest.fn().mockResolvedValue(baseUrl),
  };
  const fetch = jest.fn().mockResolvedValue(response);
  const fetchApi: FetchApi = { fetch };
  return {
    client: new RoutingClient({ discoveryApi, fetchApi }),
    fetch,
    discoveryApi,
  };
}

describe('RoutingClient', () => {
  it('asks the routing backend for the routes of an entity', async () => {
    const body = { routes: [], clusters: [{ name: 'prod-eu', state: 'ok' }] };
    const { client, fetch, discoveryApi } = setup(jsonResponse(200, body));

    const result = await client.getEntityRoutes({
      namespace: 'default',
      kind: 'Component',
      name: 'storefront',
    });

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('routing');
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/entities/default/Component/storefront/routes`,
    );
    expect(result).toEqual(body);
  });

  it('encodes namespace, kind and name as URL path segments', async () => {
    const { client, fetch } = setup(
      jsonResponse(200, { routes: [], clusters: [] }),
    );

    await client.getEntityRoutes({
      namespace: 'team a',
      kind: 'Component',
      name: 'web/../admin?x=1#y',
    });

    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/entities/team%20a/Component/web%2F..%2Fadmin%3Fx%3D1%23y/routes`,
    );
  });

  it('lists the Gateways of all clusters', async () => {
    const body = { gateways: [], clusters: [] };
    const { client, fetch } = setup(jsonResponse(200, body));

    await expect(client.getGateways()).resolves.toEqual(body);
    expect(fetch).toHaveBeenCalledWith(`${baseUrl}/gateways`);
  });

  it('throws a ResponseError that keeps the status of a refused request', async () => {
    const { client } = setup(
      jsonResponse(403, {
        error: { name: 'NotAllowedError', message: 'Not allowed' },
        response: { statusCode: 403 },
      }),
    );

    const error = await client
      .getEntityRoutes({ namespace: 'default', kind: 'Component', name: 'x' })
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
    expect(error.cause.name).toBe('NotAllowedError');
  });

  it('throws a ResponseError for an unknown entity', async () => {
    const { client } = setup(
      jsonResponse(404, {
        error: { name: 'NotFoundError', message: 'No entity' },
        response: { statusCode: 404 },
      }),
    );

    await expect(
      client.getEntityRoutes({
        namespace: 'default',
        kind: 'Component',
        name: 'missing',
      }),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
