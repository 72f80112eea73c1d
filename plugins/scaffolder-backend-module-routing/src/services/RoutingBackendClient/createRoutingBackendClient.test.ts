import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import { storefrontRequest } from '../../__testUtils__/fixtures';
import { createRoutingBackendClient } from './createRoutingBackendClient';

interface Received {
  method?: string;
  url?: string;
  authorization?: string;
  body: unknown;
}

/** A stand-in routing backend on a real port that answers every request with `status` and `body`. */
async function startRoutingBackend(status: number, body: unknown) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body: JSON.parse(text),
      });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = createRoutingBackendClient({
    discovery: mockServices.discovery.mock({
      getBaseUrl: async pluginId => `http://127.0.0.1:${port}/api/${pluginId}`,
    }),
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
  });
  return { client, received, close: () => server.close() };
}

describe('createRoutingBackendClient', () => {
  const request = parseExposureRequest(storefrontRequest);
  const answer = {
    ok: true,
    findings: [{ severity: 'info', code: 'Note', message: 'a note' }],
    files: [{ path: 'clusters/demo/shop/storefront/x.yaml', content: 'x\n' }],
  };
  let close = () => {};
  afterEach(() => close());

  it('posts the request to /api/routing/exposure/preflight with a token on behalf of the credentials', async () => {
    const backend = await startRoutingBackend(200, answer);
    close = backend.close;
    const user = mockCredentials.user('user:default/guest');

    const result = await backend.client.preflight(request, user);

    expect(result).toEqual(answer);
    expect(backend.received).toEqual([
      {
        method: 'POST',
        url: '/api/routing/exposure/preflight',
        authorization: `Bearer ${mockCredentials.service.token({
          onBehalfOf: user,
          targetPluginId: 'routing',
        })}`,
        body: JSON.parse(JSON.stringify(request)),
      },
    ]);
  });

  it("throws the routing backend's error, with its name, status and message, when it refuses", async () => {
    const backend = await startRoutingBackend(403, {
      error: {
        name: 'NotAllowedError',
        message: 'Not allowed to see component:default/storefront',
      },
      response: { statusCode: 403 },
    });
    close = backend.close;

    const error = await backend.client
      .preflight(request, mockCredentials.user())
      .catch(e => e);

    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toBe(
      'The routing backend refused the preflight of component:default/storefront (403 Forbidden); caused by NotAllowedError: Not allowed to see component:default/storefront',
    );
  });

  it('refuses an answer that is not a preflight result', async () => {
    const backend = await startRoutingBackend(200, { ok: 'yes' });
    close = backend.close;

    await expect(
      backend.client.preflight(request, mockCredentials.user()),
    ).rejects.toThrow(
      /answered the preflight of component:default\/storefront with an unexpected body/,
    );
  });
});
