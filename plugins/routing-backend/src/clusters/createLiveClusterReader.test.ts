import http from 'http';
import { AddressInfo } from 'net';
import { mockServices } from '@backstage/backend-test-utils';
import { resourceKinds } from './resourceKinds';
import { createLiveClusterReader } from './createLiveClusterReader';

/** A stand-in API server: serves core v1 Services, has no Gateway API, and checks the token. */
function startApiServer(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: object) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== 'Bearer good-token') {
      send(401, {
        kind: 'Status',
        code: 401,
        reason: 'Unauthorized',
        message: 'Unauthorized',
      });
    } else if (req.url === '/api/v1') {
      send(200, {
        kind: 'APIResourceList',
        groupVersion: 'v1',
        resources: [
          {
            name: 'services',
            kind: 'Service',
            namespaced: true,
            verbs: ['list'],
          },
        ],
      });
    } else if (req.url?.startsWith('/api/v1/services')) {
      send(200, {
        kind: 'ServiceList',
        apiVersion: 'v1',
        metadata: {},
        items: [{ metadata: { name: 'shop', namespace: 'shop' }, spec: {} }],
      });
    } else {
      send(404, {
        kind: 'Status',
        code: 404,
        reason: 'NotFound',
        message: 'the server could not find the requested resource',
      });
    }
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve(server)),
  );
}

describe('createLiveClusterReader', () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = await startApiServer();
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  function reader(token: string) {
    return createLiveClusterReader(
      { name: 'test', url, token, skipTLSVerify: true },
      mockServices.logger.mock(),
    );
  }

  it('lists objects of a served kind with their kind and apiVersion set', async () => {
    await expect(
      reader('good-token').list(resourceKinds.service),
    ).resolves.toEqual([
      expect.objectContaining({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'shop', namespace: 'shop' },
      }),
    ]);
  });

  it('answers no objects for a kind whose API group the cluster does not serve', async () => {
    await expect(
      reader('good-token').list(resourceKinds.httpRoute),
    ).resolves.toEqual([]);
  });

  it('fails when the cluster refuses the credentials', async () => {
    await expect(
      reader('bad-token').list(resourceKinds.service),
    ).rejects.toThrow(/401|Unauthorized/);
  });
});
