import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { ApiServerInstance, startApiServer } from './apiServerInstance';
import { ApiServerProxy, startApiServerProxy } from './apiServerProxy';
import {
  clusterStatus,
  RoutingBackend,
  startRoutingBackend,
} from './routingBackend';
import {
  createHttpRoute,
  setHttpRouteHostnames,
  writeEntityObjects,
} from './routingObjects';
import {
  clients,
  kubernetesConfigForClusters,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

const CLUSTER = 'restarting';

const hostnamesOf = (answer: EntityRoutesResponse) =>
  answer.routes
    .filter(r => r.cluster === CLUSTER && r.name === 'web')
    .flatMap(r => r.hostnames);

describe('a live cluster whose API server restarts', () => {
  const namespace = uniqueNamespace('restart');
  let instance: ApiServerInstance | undefined;
  let proxy: ApiServerProxy | undefined;
  const backends: RoutingBackend[] = [];

  /** A backend reading the instance through the proxy, retrying quickly. */
  async function startBackend(): Promise<RoutingBackend> {
    const backend = await startRoutingBackend({
      entityName: namespace,
      kubernetesId: namespace,
      config: {
        ...kubernetesConfigForClusters([
          {
            name: CLUSTER,
            url: proxy!.url,
            authProvider: 'serviceAccount',
            serviceAccountToken: 'set-by-the-proxy',
            skipTLSVerify: true,
          },
        ]),
        routing: {
          sync: {
            requestTimeoutMs: 2000,
            backoffInitialMs: 100,
            backoffMaxMs: 1000,
            rediscoverIntervalMs: 2000,
          },
        },
      },
    });
    backends.push(backend);
    return backend;
  }

  beforeAll(async () => {
    instance = await startApiServer();
    const api = clients(instance.kubeConfig());
    await writeEntityObjects(api, { namespace, kubernetesId: namespace });
    await createHttpRoute(api.custom, namespace, 'web', ['before.example.com']);
    // The restarted server makes up a new token; the proxy always sends the current one.
    const server = instance;
    proxy = await startApiServerProxy(() => server.kubeConfig());
  }, 180_000);

  // Each test starts with the server running, even after a test that failed while it was down.
  beforeEach(() => instance!.startServer(), 60_000);

  afterAll(async () => {
    try {
      await Promise.all(backends.map(backend => backend.stop()));
      await proxy?.close();
    } finally {
      await instance?.stop();
    }
  }, 60_000);

  it('serves the last routes as stale while the API server is down and catches up once it is back', async () => {
    const server = instance!;
    const routing = await startBackend();
    await routing.waitForClusterState(CLUSTER, 'ok', 20_000);

    await server.stopServer();
    const stoppedAt = Date.now();

    // Down: the cached routes are still served, marked stale, with a reason and an age.
    const stale = await routing.waitForClusterState(CLUSTER, 'stale', 15_000);
    expect(hostnamesOf(stale)).toEqual(['before.example.com']);
    const staleStatus = clusterStatus(stale, CLUSTER);
    expect(staleStatus.message).toEqual(expect.any(String));
    expect(Date.parse(staleStatus.lastSyncedAt ?? '')).toBeLessThanOrEqual(
      stoppedAt,
    );
    // ... and stay so through several failed retries (backoffMaxMs is 1000).
    for (let i = 0; i < 4; i++) {
      await new Promise(resolve => setTimeout(resolve, 500));
      const answer = await routing.entityRoutes();
      expect(clusterStatus(answer, CLUSTER).state).toBe('stale');
      expect(hostnamesOf(answer)).toEqual(['before.example.com']);
    }

    // Back (same port, certs and etcd data; a new token): a change made now is picked up.
    await server.startServer();
    await setHttpRouteHostnames(
      clients(server.kubeConfig()).custom,
      namespace,
      'web',
      ['after.example.com'],
    );

    let last: EntityRoutesResponse | undefined;
    const { value: recovered } = await waitFor(
      'the cluster to be ok again with the changed hostname',
      async () => {
        last = await routing.entityRoutes();
        return clusterStatus(last, CLUSTER).state === 'ok' &&
          hostnamesOf(last).includes('after.example.com')
          ? last
          : undefined;
      },
      {
        timeoutMs: 20_000,
        describe: () =>
          `Last answer: ${JSON.stringify({
            cluster: last && clusterStatus(last, CLUSTER),
            hostnames: last && hostnamesOf(last),
          })}`,
      },
    );
    expect(hostnamesOf(recovered)).toEqual(['after.example.com']);
    const status = clusterStatus(recovered, CLUSTER);
    expect(status.message).toBeUndefined();
    expect(Date.parse(status.lastSyncedAt ?? '')).toBeGreaterThan(stoppedAt);
  }, 90_000);

  it('starts while the API server is down, says so, and serves the cluster once it is up', async () => {
    const server = instance!;
    await createHttpRoute(
      clients(server.kubeConfig()).custom,
      namespace,
      'cold-start',
      ['cold.example.com'],
    );
    await server.stopServer();

    // Never read: an error, nothing from the cluster, and the answer does not wait for it.
    const routing = await startBackend();
    const down = await routing.waitForClusterState(CLUSTER, 'error', 15_000);
    expect(clusterStatus(down, CLUSTER).message).toEqual(expect.any(String));
    expect(down.routes.filter(r => r.cluster === CLUSTER)).toEqual([]);

    await server.startServer();

    const { value: up } = await waitFor(
      'the cluster to be ok with the HTTPRoute',
      async () => {
        const answer = await routing.entityRoutes();
        return clusterStatus(answer, CLUSTER).state === 'ok' &&
          answer.routes.some(r => r.name === 'cold-start')
          ? answer
          : undefined;
      },
      { timeoutMs: 20_000 },
    );
    expect(up.routes.find(r => r.name === 'cold-start')?.hostnames).toEqual([
      'cold.example.com',
    ]);
  }, 90_000);
});
