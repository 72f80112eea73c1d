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

function notAllowed() {
  return jsonResponse(403, {
    error: { name: 'NotAllowedError', message: 'Not allowed' },
    response: { statusCode: 403 },
  });
}

describe('RoutingClient conditional answers', () => {
  const routes = { routes: [], clusters: [{ name: 'prod-eu', state: 'ok' }] };

  function tagged(status: number, body: unknown, etag?: string): Response {
    return new Response(status === 304 ? null : JSON.stringify(body), {
      status,
      headers: {
        'content-type': 'application/json',
        ...(etag ? { etag } : {}),
      },
    });
  }

  function sequence(...responses: Response[]) {
    const fetch = jest.fn();
    responses.forEach(response => fetch.mockResolvedValueOnce(response));
    const client = new RoutingClient({
      discoveryApi: { getBaseUrl: jest.fn().mockResolvedValue(baseUrl) },
      fetchApi: { fetch },
    });
    const sentETag = (call: number) =>
      (
        fetch.mock.calls[call][1]?.headers as Record<string, string> | undefined
      )?.['if-none-match'];
    return { client, fetch, sentETag };
  }

  it('sends the last ETag of the same path and returns the very same answer on 304', async () => {
    const { client, fetch, sentETag } = sequence(
      tagged(200, routes, '"v1"'),
      tagged(304, undefined, '"v1"'),
    );

    const first = await client.getEntityRoutes(storefront);
    const second = await client.getEntityRoutes(storefront);

    expect(sentETag(0)).toBeUndefined();
    expect(sentETag(1)).toBe('"v1"');
    expect(fetch.mock.calls[1][1]).toMatchObject({ cache: 'no-store' });
    expect(second).toBe(first);
  });

  it('returns and keeps the new answer when the backend sends one', async () => {
    const changed = { ...routes, routes: [{ name: 'storefront' }] };
    const { client, sentETag } = sequence(
      tagged(200, routes, '"v1"'),
      tagged(200, changed, '"v2"'),
      tagged(304, undefined, '"v2"'),
    );

    await client.getEntityRoutes(storefront);
    const second = await client.getEntityRoutes(storefront);
    const third = await client.getEntityRoutes(storefront);

    expect(second).toEqual(changed);
    expect(sentETag(2)).toBe('"v2"');
    expect(third).toBe(second);
  });

  it('keeps ETags apart per path', async () => {
    const { client, sentETag } = sequence(
      tagged(200, routes, '"storefront"'),
      tagged(200, { gateways: [], clusters: [] }, '"gateways"'),
      tagged(200, routes, '"checkout"'),
      tagged(304, undefined, '"gateways"'),
    );

    await client.getEntityRoutes(storefront);
    await client.getGateways();
    await client.getEntityRoutes({ ...storefront, name: 'checkout' });
    await client.getGateways();

    expect(sentETag(2)).toBeUndefined();
    expect(sentETag(3)).toBe('"gateways"');
  });

  it('asks unconditionally after an answer without an ETag', async () => {
    const { client, sentETag } = sequence(
      tagged(200, routes, '"v1"'),
      tagged(200, routes),
      tagged(200, routes),
    );

    await client.getEntityRoutes(storefront);
    await client.getEntityRoutes(storefront);
    await client.getEntityRoutes(storefront);

    expect(sentETag(1)).toBe('"v1"');
    expect(sentETag(2)).toBeUndefined();
  });

  it('still throws a ResponseError for a refused conditional request', async () => {
    const { client } = sequence(tagged(200, routes, '"v1"'), notAllowed());

    await client.getEntityRoutes(storefront);

    await expect(client.getEntityRoutes(storefront)).rejects.toMatchObject({
      statusCode: 403,
    });
  });
});
