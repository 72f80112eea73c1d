import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createExposureServiceClient } from '../createExposureServiceClient';

/** One request the stand-in routing backend received. */
export interface Received {
  method?: string;
  url?: string;
  authorization?: string;
  body: unknown;
}

/**
 * A stand-in routing backend on a real port that answers every request with `status` and
 * `body`, and the client of the scaffolder plugin that calls it.
 */
export async function startRoutingBackend(status: number, body: unknown) {
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
  const client = createExposureServiceClient({
    discovery: mockServices.discovery.mock({
      getBaseUrl: async pluginId => `http://127.0.0.1:${port}/api/${pluginId}`,
    }),
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
  });
  return { client, received, close: () => server.close() };
}

/** The header a call on behalf of `user` carries: a token the scaffolder's auth issued for the routing backend. */
export const onBehalfOf = (user: ReturnType<typeof mockCredentials.user>) =>
  `Bearer ${mockCredentials.service.token({
    onBehalfOf: user,
    targetPluginId: 'routing',
  })}`;
