import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type {
  ExposureRequestInput,
  IngressMigrationRequest,
  IngressRemovalRequest,
} from '@portway/plugin-routing-common';
import { requestedHttp } from '../__testUtils__/exposureRequestFixtures';
import { RoutingClient } from './RoutingClient';

const baseUrl = 'http://localhost:7007/api/routing';
const storefront = {
  namespace: 'default',
  kind: 'Component',
  name: 'storefront',
};

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
    discoveryApi,
    /** The URL of the one request made. */
    url: () => fetch.mock.calls[0][0] as string,
    /** The options of the one request made. */
    init: () => fetch.mock.calls[0][1] as RequestInit | undefined,
  };
}

function notAllowed() {
  return jsonResponse(403, {
    error: { name: 'NotAllowedError', message: 'Not allowed' },
    response: { statusCode: 403 },
  });
}

describe('RoutingClient', () => {
  it('asks the routing backend for the routes of an entity', async () => {
    const body = { routes: [], clusters: [{ name: 'prod-eu', state: 'ok' }] };
    const { client, url, discoveryApi } = setup(jsonResponse(200, body));

    const result = await client.getEntityRoutes(storefront);

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('routing');
    expect(url()).toBe(
      `${baseUrl}/entities/default/Component/storefront/routes`,
    );
    expect(result).toEqual(body);
  });

  it('encodes namespace, kind and name as URL path segments', async () => {
    const { client, url } = setup(
      jsonResponse(200, { routes: [], clusters: [] }),
    );

    await client.getEntityRoutes({
      namespace: 'team a',
      kind: 'Component',
      name: 'web/../admin?x=1#y',
    });

    expect(url()).toBe(
      `${baseUrl}/entities/team%20a/Component/web%2F..%2Fadmin%3Fx%3D1%23y/routes`,
    );
  });

  it('lists the Gateways of all clusters', async () => {
    const body = { gateways: [], clusters: [] };
    const { client, url } = setup(jsonResponse(200, body));

    await expect(client.getGateways()).resolves.toEqual(body);
    expect(url()).toBe(`${baseUrl}/gateways`);
  });

  it('lists the Services of an entity', async () => {
    const body = {
      services: [
        {
          cluster: 'prod-eu',
          namespace: 'shop',
          name: 'storefront',
          ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        },
      ],
      clusters: [{ name: 'prod-eu', state: 'ok' }],
    };
    const { client, url } = setup(jsonResponse(200, body));

    await expect(client.getEntityServices(storefront)).resolves.toEqual(body);
    expect(url()).toBe(
      `${baseUrl}/entities/default/Component/storefront/services`,
    );
  });

  it('asks for the listeners of one cluster and namespace, for one exposure type', async () => {
    const body = { listeners: [], clusters: [] };
    const { client, url } = setup(jsonResponse(200, body));

    await expect(
      client.getListeners(storefront, {
        cluster: 'prod eu',
        namespace: 'shop&x=1',
        type: 'grpc-gateway',
      }),
    ).resolves.toEqual(body);
    expect(url()).toBe(
      `${baseUrl}/entities/default/Component/storefront/listeners?cluster=prod+eu&namespace=shop%26x%3D1&type=grpc-gateway`,
    );
  });

  it('asks for the IngressClasses of one cluster', async () => {
    const body = { ingressClasses: [], clusters: [] };
    const { client, url } = setup(jsonResponse(200, body));

    await expect(
      client.getIngressClasses(storefront, { cluster: 'prod-eu' }),
    ).resolves.toEqual(body);
    expect(url()).toBe(
      `${baseUrl}/entities/default/Component/storefront/ingress-classes?cluster=prod-eu`,
    );
  });

  it('posts an exposure request as JSON to the preflight', async () => {
    const request: ExposureRequestInput = {
      entityRef: 'component:default/storefront',
      type: 'http',
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'storefront', port: 8080 },
      hostnames: ['storefront.shop.example.com'],
    };
    const body = { ok: true, findings: [], files: [] };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(client.preflight(request)).resolves.toEqual(body);
    expect(url()).toBe(`${baseUrl}/exposure/preflight`);
    expect(init()).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(init()!.body as string)).toEqual(request);
  });

  it('posts an Ingress migration request as JSON to its preflight, for the preview', async () => {
    const request: IngressMigrationRequest = {
      entityRef: 'component:default/storefront',
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['storefront-legacy'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    };
    const body = {
      ok: true,
      findings: [],
      files: [],
      objects: [],
      notes: [],
      report: '# Migration',
      branchName: 'portway/migrate-storefront-legacy',
      title: 'Migrate storefront-legacy',
    };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(client.previewIngressMigration(request)).resolves.toEqual(
      body,
    );
    expect(url()).toBe(`${baseUrl}/ingress-migrations/preflight`);
    expect(init()).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(init()!.body as string)).toEqual(request);
  });

  it('posts an Ingress removal request as JSON to its preflight, for the preview', async () => {
    const request: IngressRemovalRequest = {
      entityRef: 'component:default/storefront',
      cluster: 'prod-eu',
      namespace: 'shop',
      ingresses: ['storefront-legacy'],
    };
    const body = {
      ok: true,
      findings: [],
      files: [],
      deletedFiles: ['clusters/prod-eu/shop/storefront/ingress.yaml'],
      report: '# Removal',
      branchName: 'portway/remove-storefront-legacy',
      title: 'Remove storefront-legacy',
    };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(client.previewIngressRemoval(request)).resolves.toEqual(body);
    expect(url()).toBe(`${baseUrl}/ingress-removals/preflight`);
    expect(init()).toMatchObject({ method: 'POST' });
    expect(JSON.parse(init()!.body as string)).toEqual(request);
  });

  it('posts a VirtualService conversion request as JSON to its preflight, for the preview', async () => {
    const request = {
      entityRef: 'component:default/storefront',
      cluster: 'prod-eu',
      namespace: 'shop',
      virtualServices: ['storefront-catalog-grpc'],
    };
    const body = {
      ok: true,
      findings: [],
      files: [],
      objects: [],
      notes: [],
      virtualServices: [],
      report: '# Convert',
      branchName: 'portway/convert-virtualservice/storefront/shop/x',
      title: 'Convert VirtualService shop/x',
    };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(
      client.previewVirtualServiceConversion(request),
    ).resolves.toEqual(body);
    expect(url()).toBe(`${baseUrl}/virtual-service-conversions/preflight`);
    expect(init()).toMatchObject({ method: 'POST' });
    expect(JSON.parse(init()!.body as string)).toEqual(request);
  });

  it('throws a ResponseError when a migration preview is refused', async () => {
    const { client } = setup(notAllowed());

    const error = await client
      .previewIngressMigration({} as IngressMigrationRequest)
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
  });

  it('lists the exposure requests of an entity by its stringified ref', async () => {
    const body = { requests: [requestedHttp] };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(client.listExposureRequests(storefront)).resolves.toEqual(
      body,
    );
    expect(url()).toBe(
      `${baseUrl}/exposure/requests?entityRef=component%3Adefault%2Fstorefront`,
    );
    expect(init()?.method).toBeUndefined();
  });

  it('withdraws an exposure request with DELETE on its encoded id', async () => {
    const body = { request: { ...requestedHttp, state: 'closed' } };
    const { client, url, init } = setup(jsonResponse(200, body));

    await expect(
      client.withdrawExposureRequest('a/../b?c=1#d'),
    ).resolves.toEqual(body);
    expect(url()).toBe(`${baseUrl}/exposure/requests/a%2F..%2Fb%3Fc%3D1%23d`);
    expect(init()).toMatchObject({ method: 'DELETE' });
  });

  it('throws a ResponseError when withdrawing is refused', async () => {
    const { client } = setup(notAllowed());

    const error = await client
      .withdrawExposureRequest(requestedHttp.id)
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
    expect(error.cause.name).toBe('NotAllowedError');
  });

  it('throws a ResponseError when the exposure requests of an unknown entity are asked for', async () => {
    const { client } = setup(
      jsonResponse(404, {
        error: { name: 'NotFoundError', message: 'No entity' },
        response: { statusCode: 404 },
      }),
    );

    await expect(
      client.listExposureRequests({
        namespace: 'default',
        kind: 'Component',
        name: 'missing',
      }),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('throws a ResponseError that keeps the status of a refused request', async () => {
    const { client } = setup(notAllowed());

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
      client.getEntityServices({
        namespace: 'default',
        kind: 'Component',
        name: 'missing',
      }),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('throws a ResponseError with the message of a malformed preflight request', async () => {
    const { client } = setup(
      jsonResponse(400, {
        error: {
          name: 'InputError',
          message: 'Malformed exposure request: service.port: expected number',
        },
        response: { statusCode: 400 },
      }),
    );

    const error = await client
      .preflight({} as ExposureRequestInput)
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe(
      'Malformed exposure request: service.port: expected number',
    );
  });

  it('throws a ResponseError when the listeners are refused', async () => {
    const { client } = setup(notAllowed());

    await expect(
      client.getListeners(storefront, {
        cluster: 'prod-eu',
        namespace: 'shop',
        type: 'http',
      }),
    ).rejects.toMatchObject({ statusCode: 403 });
  });

  it('throws a ResponseError when the IngressClasses are refused', async () => {
    const { client } = setup(notAllowed());

    await expect(
      client.getIngressClasses(storefront, { cluster: 'prod-eu' }),
    ).rejects.toMatchObject({ statusCode: 403 });
  });
});
