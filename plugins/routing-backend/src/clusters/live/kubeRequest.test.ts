import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createKubeClient, KubeClient } from './kubeRequest';
import { KubeApiError } from './kubeApiError';

type Handler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
) => void;

let handler: Handler;
let server: http.Server;
let serverUrl: string;
let client: KubeClient;
const signal = new AbortController().signal;

beforeAll(async () => {
  server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  serverUrl = `http://127.0.0.1:${port}/`;
  client = createKubeClient(
    {
      name: 'prod-eu',
      url: serverUrl,
      token: 'secret-token',
      skipTLSVerify: true,
    },
    { requestTimeoutMs: 300 },
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: KubeApiError) => error,
  );

describe('createKubeClient', () => {
  it('sends the token and reads JSON from the configured URL', async () => {
    handler = (request, response) => {
      response.end(
        JSON.stringify({
          url: request.url,
          authorization: request.headers.authorization,
        }),
      );
    };
    await expect(
      client.getJson('/api?limit=1', 'reading', signal),
    ).resolves.toEqual({
      url: '/api?limit=1',
      authorization: 'Bearer secret-token',
    });
  });

  it('names the cluster, the request and what the API server said, with status and reason', async () => {
    handler = (_request, response) => {
      response.writeHead(503, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          kind: 'Status',
          code: 503,
          reason: 'ServiceUnavailable',
          message: 'etcdserver: leader changed',
        }),
      );
    };
    const error = await failure(
      client.getJson(
        '/apis/x',
        'listing HTTPRoute (gateway.networking.k8s.io/v1)',
        signal,
      ),
    );
    expect(error).toBeInstanceOf(KubeApiError);
    expect(error.message).toBe(
      'cluster prod-eu: listing HTTPRoute (gateway.networking.k8s.io/v1) failed: 503 Service Unavailable: etcdserver: leader changed',
    );
    expect(error).toMatchObject({ status: 503, reason: 'ServiceUnavailable' });
  });

  it('reads Retry-After from a 429', async () => {
    handler = (_request, response) => {
      response.writeHead(429, { 'Retry-After': '7' });
      response.end('slow down');
    };
    const error = await failure(client.getJson('/api', 'discovering', signal));
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    expect(error.message).toBe(
      'cluster prod-eu: discovering failed: 429 Too Many Requests: slow down',
    );
  });

  it('does not follow a redirect away from the configured cluster', async () => {
    let followed = false;
    handler = (request, response) => {
      if (request.url === '/elsewhere') followed = true;
      response.writeHead(302, { Location: 'http://evil.example/api' });
      response.end();
    };
    const error = await failure(client.getJson('/api', 'discovering', signal));
    expect(error.message).toMatch(
      /^cluster prod-eu: discovering failed: 302 redirect to http:\/\/evil\.example\/api not followed/,
    );
    expect(followed).toBe(false);
  });

  it('gives up on an answer that does not come within the timeout, body included', async () => {
    handler = (_request, response) => {
      response.writeHead(200);
      response.write('{"items": [');
    };
    const error = await failure(client.getJson('/api', 'discovering', signal));
    expect(error.message).toBe(
      'cluster prod-eu: discovering failed: no answer within 300 ms',
    );
    expect(error.status).toBeUndefined();
  });

  it('says when an answer is not JSON', async () => {
    handler = (_request, response) => response.end('<html>login</html>');
    const error = await failure(client.getJson('/api', 'discovering', signal));
    expect(error.message).toMatch(
      /^cluster prod-eu: discovering failed: the answer is not JSON/,
    );
  });

  describe('without a configured token', () => {
    let dir: string;
    let tokenFile: string;
    let fromFile: KubeClient;

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-token-'));
      tokenFile = path.join(dir, 'token');
      fromFile = createKubeClient(
        { name: 'home', url: serverUrl, tokenFile, skipTLSVerify: true },
        { requestTimeoutMs: 300 },
      );
      handler = (request, response) =>
        response.end(JSON.stringify(request.headers.authorization ?? null));
    });

    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('reads the token file for every request, so a rotated token is sent', async () => {
      fs.writeFileSync(tokenFile, 'first-token\n');
      await expect(
        fromFile.getJson('/api', 'discovering', signal),
      ).resolves.toBe('Bearer first-token');
      fs.writeFileSync(tokenFile, 'rotated-token\n');
      await expect(
        fromFile.getJson('/api', 'discovering', signal),
      ).resolves.toBe('Bearer rotated-token');
    });

    it('names the token file it cannot read and sends nothing', async () => {
      let requests = 0;
      handler = (_request, response) => {
        requests += 1;
        response.end('{}');
      };
      const error = await failure(
        fromFile.getJson('/api', 'discovering', signal),
      );
      expect(error).toBeInstanceOf(KubeApiError);
      expect(error.message).toBe(
        `cluster home: discovering failed: no serviceAccountToken is configured, and the service account token file ${tokenFile} cannot be read (ENOENT)`,
      );
      expect(requests).toBe(0);
    });
  });
});
