import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { ConfigReader } from '@backstage/config';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type { KubernetesCredential } from '@backstage/plugin-kubernetes-node';
import { KubeConfig } from '@kubernetes/client-node';
import { createClusterCredentials } from '../credentials/createClusterCredentials';
import { createKubeClient, KubeClient } from './kubeRequest';
import { KubeApiError } from './kubeApiError';
import { inClusterTokenFile } from './__testUtils__/inClusterTokenFile';
import { mockLogger } from './__testUtils__/mockLogger';
import { testCertificates } from './__testUtils__/testCertificates';
import { tokenCluster } from './__testUtils__/tokenCluster';

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
  const { cluster, credentials } = tokenCluster({
    name: 'prod-eu',
    url: serverUrl,
    token: 'secret-token',
  });
  client = createKubeClient(cluster, credentials, { requestTimeoutMs: 300 });
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

  describe('without a serviceAccountToken, in a pod', () => {
    let pod: ReturnType<typeof inClusterTokenFile>;
    let fromFile: KubeClient;

    beforeEach(() => {
      pod = inClusterTokenFile();
      fromFile = createKubeClient(
        {
          name: 'home',
          url: serverUrl,
          authMetadata: {
            [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'serviceAccount',
          },
        },
        createClusterCredentials({
          config: new ConfigReader({}),
          logger: mockLogger(),
          authStrategies: {},
        }),
        { requestTimeoutMs: 300 },
      );
      handler = (request, response) =>
        response.end(JSON.stringify(request.headers.authorization ?? null));
    });

    afterEach(() => pod.restore());

    it("reads the pod's token file for every request, so a rotated token is sent", async () => {
      fs.writeFileSync(pod.tokenFile, 'first-token\n');
      await expect(
        fromFile.getJson('/api', 'discovering', signal),
      ).resolves.toBe('Bearer first-token');
      fs.writeFileSync(pod.tokenFile, 'rotated-token\n');
      await expect(
        fromFile.getJson('/api', 'discovering', signal),
      ).resolves.toBe('Bearer rotated-token');
    });

    it('names the cluster, the provider and the token file it cannot read, and sends nothing', async () => {
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
        `cluster home: discovering failed: signing with authProvider "serviceAccount" failed; set the cluster's serviceAccountToken, or run the backend in a pod whose service account may read the cluster; caused by Error: ENOENT: no such file or directory, open '${pod.tokenFile}'`,
      );
      expect(requests).toBe(0);
    });
  });

  it('sends nothing for an anonymous credential (kubectl proxy)', async () => {
    handler = (request, response) =>
      response.end(JSON.stringify(request.headers.authorization ?? null));
    const local = createKubeClient(
      {
        name: 'local',
        url: serverUrl,
        authMetadata: {
          [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'localKubectlProxy',
        },
      },
      createClusterCredentials({
        config: new ConfigReader({}),
        logger: mockLogger(),
        authStrategies: {},
      }),
      { requestTimeoutMs: 300 },
    );
    await expect(local.getJson('/api', 'discovering', signal)).resolves.toBe(
      null,
    );
  });
});

describe('createKubeClient with a client certificate', () => {
  let tlsServer: https.Server;
  let tlsUrl: string;

  beforeAll(async () => {
    tlsServer = https.createServer(
      {
        ...testCertificates.server,
        ca: testCertificates.ca,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (request, response) => {
        const peer = (request.socket as TLSSocket).getPeerCertificate();
        response.end(JSON.stringify(peer.subject.CN));
      },
    );
    await new Promise<void>(resolve =>
      tlsServer.listen(0, '127.0.0.1', resolve),
    );
    tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    tlsServer.closeAllConnections();
    await new Promise(resolve => tlsServer.close(resolve));
  });

  it('presents the certificate, checks the server against caData, and builds one agent per certificate', async () => {
    let credential: KubernetesCredential = {
      type: 'x509 client certificate',
      ...testCertificates.clientA,
    };
    const agents = jest.spyOn(KubeConfig.prototype, 'applyToFetchOptions');
    const withCertificate = createKubeClient(
      {
        name: 'mtls',
        url: tlsUrl,
        caData: Buffer.from(testCertificates.ca).toString('base64'),
        authMetadata: { [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'x509' },
      },
      createClusterCredentials({
        config: new ConfigReader({}),
        logger: mockLogger(),
        authStrategies: {
          x509: {
            getCredential: async () => credential,
            validateCluster: () => [],
            presentAuthMetadata: () => ({}),
          },
        },
      }),
      { requestTimeoutMs: 2000 },
    );
    try {
      await expect(
        withCertificate.getJson('/api', 'discovering', signal),
      ).resolves.toBe('client-a');
      await expect(
        withCertificate.getJson('/api', 'discovering', signal),
      ).resolves.toBe('client-a');
      expect(agents).toHaveBeenCalledTimes(1);

      credential = {
        type: 'x509 client certificate',
        ...testCertificates.clientB,
      };
      await expect(
        withCertificate.getJson('/api', 'discovering', signal),
      ).resolves.toBe('client-b');
      expect(agents).toHaveBeenCalledTimes(2);
    } finally {
      agents.mockRestore();
    }
  });

  it('is refused by a server that wants a certificate when the credential has none', async () => {
    const withToken = createKubeClient(
      {
        name: 'mtls',
        url: tlsUrl,
        caData: Buffer.from(testCertificates.ca).toString('base64'),
        authMetadata: {
          [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'serviceAccount',
          serviceAccountToken: 'token',
        },
      },
      createClusterCredentials({
        config: new ConfigReader({}),
        logger: mockLogger(),
        authStrategies: {},
      }),
      { requestTimeoutMs: 2000 },
    );
    const error = await failure(
      withToken.getJson('/api', 'discovering', signal),
    );
    expect(error.message).toMatch(/^cluster mtls: discovering failed: /);
  });
});
