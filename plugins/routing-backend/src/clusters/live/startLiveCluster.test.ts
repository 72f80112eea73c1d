import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from '../cache/createClusterCache';
import type { ClusterCache } from '../cache/types';
import { KindName, kindNames } from '../resourceKinds';
import type { LiveSyncSettings } from './settings';
import { LiveCluster, startLiveCluster } from './startLiveCluster';
import {
  FaultyApiServer,
  startFaultyApiServer,
} from './__testUtils__/faultyApiServer';
import { eventually } from './__testUtils__/eventually';
import { mockLogger } from './__testUtils__/mockLogger';

const settings: Partial<LiveSyncSettings> = {
  pageSize: 2,
  requestTimeoutMs: 1000,
  backoffInitialMs: 20,
  backoffMaxMs: 200,
  rediscoverIntervalMs: 60_000,
};

const istioKinds: KindName[] = [
  'virtualService',
  'istioGateway',
  'destinationRule',
];

const service = (name: string, labels?: Record<string, string>) => ({
  metadata: { namespace: 'shop', name, labels },
  spec: { ports: [{ port: 80 }] },
});

const names = (objects: KubernetesObject[]) =>
  objects.map(object => object.metadata?.name).sort();

const started: Array<{ server: FaultyApiServer; live?: LiveCluster }> = [];

async function startCluster(
  options: {
    name?: string;
    server?: FaultyApiServer;
    settings?: Partial<LiveSyncSettings>;
  } = {},
) {
  const server = options.server ?? (await startFaultyApiServer());
  const name = options.name ?? 'prod';
  const cache = createClusterCache(name);
  const logger = mockLogger();
  const live = startLiveCluster({
    cluster: {
      name,
      url: server.url,
      token: server.token,
      skipTLSVerify: true,
    },
    cache,
    logger,
    settings: { ...settings, ...options.settings },
  });
  started.push({ server, live });
  return { server, cache, logger, live };
}

async function withServer(...args: Parameters<typeof startFaultyApiServer>) {
  const server = await startFaultyApiServer(...args);
  started.push({ server });
  return server;
}

function expectStates(
  cache: ClusterCache,
  state: string,
  kinds: KindName[] = kindNames,
) {
  const syncs = cache.syncs();
  for (const kind of kinds)
    expect([kind, syncs[kind].state]).toEqual([kind, state]);
}

const allSynced = (cache: ClusterCache) =>
  eventually(() => expectStates(cache, 'synced'));

afterEach(async () => {
  for (const { server, live } of started.splice(0)) {
    await live?.stop();
    await server.close();
  }
});

describe('startLiveCluster', () => {
  it('lists every kind page by page, then applies ADDED, MODIFIED and DELETED events', async () => {
    const server = await withServer();
    ['a', 'b', 'c', 'd', 'e'].forEach(name =>
      server.put('service', service(name)),
    );
    const { cache } = await startCluster({ server });

    await allSynced(cache);
    expect(names(cache.list('service'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.count('list', 'service')).toBe(3);
    expect(cache.syncs().service).toEqual({
      state: 'synced',
      apiVersion: 'v1',
      lastSyncedAt: expect.any(Number),
    });
    expect(cache.get('service', 'shop', 'a')).toMatchObject({
      apiVersion: 'v1',
      kind: 'Service',
    });
    await eventually(() => expect(server.openWatches('service')).toBe(1));

    server.put('service', service('f'));
    server.put('service', service('a', { team: 'checkout' }));
    server.remove('service', 'shop', 'b');
    await eventually(() =>
      expect(names(cache.list('service'))).toEqual(['a', 'c', 'd', 'e', 'f']),
    );
    expect(cache.withLabel('team', 'checkout')).toHaveLength(1);
    expect(server.count('list', 'service')).toBe(3);
  });

  it('records a kind with no objects as synced, not as an error', async () => {
    const { cache } = await startCluster();
    await allSynced(cache);
    expect(cache.list('certificate')).toEqual([]);
    expect(cache.syncs().certificate.lastSyncedAt).toEqual(expect.any(Number));
  });

  it('reads a kind at the first of its versions the cluster serves', async () => {
    const server = await withServer({ versions: { tlsRoute: 'v1alpha2' } });
    server.put('tlsRoute', { metadata: { namespace: 'shop', name: 'db' } });
    const { cache } = await startCluster({ server });

    await allSynced(cache);
    expect(cache.syncs().tlsRoute.apiVersion).toBe(
      'gateway.networking.k8s.io/v1alpha2',
    );
    expect(cache.get('tlsRoute', 'shop', 'db')?.apiVersion).toBe(
      'gateway.networking.k8s.io/v1alpha2',
    );
  });

  it('makes every kind of a hung cluster failing with a timeout, while another cluster syncs', async () => {
    const hungServer = await withServer();
    hungServer.faults.hang = true;
    const hung = await startCluster({
      name: 'hung',
      server: hungServer,
      settings: { requestTimeoutMs: 300 },
    });
    const healthy = await startCluster({ name: 'healthy' });

    await eventually(() => expectStates(hung.cache, 'failing'));
    expect(hung.cache.syncs().service.message).toMatch(
      /^cluster hung: discovering APIs \(GET \/apis?\) failed: no answer within 300 ms$/,
    );
    await allSynced(healthy.cache);
  });

  it('notices a cluster that hangs while its watches stay open, and serves its data as stale', async () => {
    const server = await withServer();
    server.put('service', service('a'));
    const { cache } = await startCluster({
      server,
      settings: { requestTimeoutMs: 300, healthCheckIntervalMs: 100 },
    });
    await allSynced(cache);
    server.faults.hang = true;

    await eventually(() => expectStates(cache, 'failing'));
    expect(cache.syncs().service).toEqual({
      state: 'failing',
      apiVersion: 'v1',
      lastSyncedAt: expect.any(Number),
      message:
        'cluster prod: checking that the API server answers (GET /version) failed: no answer within 300 ms',
    });
    expect(names(cache.list('service'))).toEqual(['a']);
  });

  it('makes every kind failing with what the API server said when it answers 401', async () => {
    const server = await withServer();
    server.faults.unauthorized = true;
    const { cache, logger } = await startCluster({ server });

    await eventually(() => expectStates(cache, 'failing'));
    expect(cache.syncs().gateway.message).toMatch(
      /^cluster prod: discovering APIs \(GET \/apis?\) failed: 401 Unauthorized: Unauthorized$/,
    );
    await eventually(() =>
      expect(server.count('discovery', undefined, 401)).toBeGreaterThan(6),
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('401 Unauthorized'),
      { cluster: 'prod' },
    );

    server.faults.unauthorized = false;
    await allSynced(cache);
    expect(logger.info).toHaveBeenCalledWith(
      'cluster prod: HTTPRoute synced again (0 objects)',
      {
        cluster: 'prod',
        kind: 'HTTPRoute',
        apiVersion: 'gateway.networking.k8s.io/v1',
      },
    );
  });

  it('makes only the kind answering 403 forbidden, and tries it again at the rediscovery interval', async () => {
    const server = await withServer();
    server.faults.forbidden.add('service');
    const { cache, logger } = await startCluster({
      server,
      settings: { rediscoverIntervalMs: 300 },
    });

    await eventually(() => expectStates(cache, 'forbidden', ['service']));
    expect(cache.syncs().service.message).toBe(
      'cluster prod: listing Service (v1) failed: 403 Forbidden: services is forbidden: User "system:serviceaccount:portway:portway" cannot list resource "services" in API group "" at the cluster scope',
    );
    await eventually(() =>
      expectStates(
        cache,
        'synced',
        kindNames.filter(kind => kind !== 'service'),
      ),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('403 Forbidden'),
      { cluster: 'prod', kind: 'Service', apiVersion: 'v1' },
    );

    server.faults.forbidden.clear();
    await eventually(() => expectStates(cache, 'synced', ['service']));
  });

  it('makes the kinds of a missing API group not-installed and syncs the rest', async () => {
    const server = await withServer({ withoutGroups: ['networking.istio.io'] });
    const { cache } = await startCluster({ server });

    await eventually(() => {
      expectStates(cache, 'not-installed', istioKinds);
      expectStates(
        cache,
        'synced',
        kindNames.filter(kind => !istioKinds.includes(kind)),
      );
    });
    expect(cache.syncs().virtualService.message).toBe(
      'Istio is not installed in cluster prod: API group networking.istio.io is not served (VirtualService cannot be read)',
    );
    expect(server.count('list', 'virtualService')).toBe(0);
  });

  it('picks up a CRD installed later at rediscovery, and empties a kind whose CRD is removed', async () => {
    const server = await withServer({ withoutGroups: ['networking.istio.io'] });
    const { cache } = await startCluster({
      server,
      settings: { rediscoverIntervalMs: 200 },
    });
    await eventually(() => expectStates(cache, 'not-installed', istioKinds));

    server.installGroup('networking.istio.io');
    server.put('virtualService', {
      metadata: { namespace: 'shop', name: 'vs' },
    });
    await eventually(() => expectStates(cache, 'synced', istioKinds));
    expect(names(cache.list('virtualService'))).toEqual(['vs']);

    server.uninstallGroup('networking.istio.io');
    await eventually(() => expectStates(cache, 'not-installed', istioKinds));
    expect(cache.list('virtualService')).toEqual([]);
  });

  it('restarts a list whose continue token expired, and completes it', async () => {
    const server = await withServer();
    ['a', 'b', 'c', 'd', 'e'].forEach(name =>
      server.put('service', service(name)),
    );
    server.faults.expireContinueTokens = 1;
    const { cache } = await startCluster({ server });

    await allSynced(cache);
    expect(names(cache.list('service'))).toHaveLength(5);
    const firstPages = server.requests.filter(
      seen => seen.type === 'list' && !seen.continued,
    );
    expect(server.count('list', undefined, 410)).toBe(1);
    expect(firstPages.length).toBe(kindNames.length + 1);
  });

  it('lists again after a watch ERROR 410, serving the old objects meanwhile', async () => {
    const server = await withServer();
    ['a', 'b', 'c'].forEach(name => server.put('service', service(name)));
    const { cache } = await startCluster({ server });
    await allSynced(cache);
    await eventually(() => expect(server.openWatches('service')).toBe(1));
    const lists = server.count('list', 'service');

    server.faults.pageDelayMs = 150;
    server.expireWatches();
    server.put('service', service('d'));
    await eventually(() =>
      expect(server.count('list', 'service')).toBeGreaterThan(lists),
    );
    expect(names(cache.list('service'))).toEqual(['a', 'b', 'c']);
    expect(cache.syncs().service.state).toBe('synced');

    await eventually(() =>
      expect(names(cache.list('service'))).toEqual(['a', 'b', 'c', 'd']),
    );
  });

  it('waits Retry-After after a 429 before trying again', async () => {
    const server = await withServer();
    server.faults.tooManyRequests = 1;
    server.faults.retryAfterSeconds = 1;
    const { cache } = await startCluster({ server });

    await allSynced(cache);
    const throttled = server.requests.find(seen => seen.status === 429)!;
    const retry = server.requests.find(
      seen => seen.kind === throttled.kind && seen.at > throttled.at,
    )!;
    expect(retry.at - throttled.at).toBeGreaterThanOrEqual(990);
  });

  it('completes a list that takes longer than the request timeout, as long as each page comes in time', async () => {
    const server = await withServer();
    ['a', 'b', 'c', 'd', 'e'].forEach(name =>
      server.put('service', service(name)),
    );
    server.faults.pageDelayMs = 400;
    const { cache } = await startCluster({ server });

    await allSynced(cache);
    expect(names(cache.list('service'))).toHaveLength(5);
    expect(server.count('list', 'service', 200)).toBe(3);
    expect(server.count('list', 'service')).toBe(3);
  });

  it('watches again from the last resourceVersion when a watch is closed, without listing', async () => {
    const server = await withServer();
    const { cache } = await startCluster({ server });
    await allSynced(cache);
    await eventually(() => expect(server.openWatches()).toBe(kindNames.length));
    const lists = server.count('list');

    server.put('service', service('a'));
    await eventually(() => expect(cache.list('service')).toHaveLength(1));
    server.closeWatches();
    server.put('service', service('b'));
    await eventually(() => expect(server.openWatches()).toBe(kindNames.length));
    await eventually(() => expect(cache.list('service')).toHaveLength(2));
    expect(server.count('watch', 'service')).toBe(2);
    expect(server.count('list')).toBe(lists);
  });

  it('moves lastSyncedAt on bookmarks, writing it at most once a second', async () => {
    const server = await withServer();
    const { cache } = await startCluster({ server });
    await allSynced(cache);
    await eventually(() => expect(server.openWatches()).toBe(kindNames.length));
    const listedAt = cache.syncs().certificate.lastSyncedAt!;
    const setSync = jest.spyOn(cache, 'setSync');

    for (let i = 0; i < 20; i++) server.bookmark();
    await eventually(() =>
      expect(cache.syncs().certificate.lastSyncedAt).toBeGreaterThan(listedAt),
    );
    const writes = setSync.mock.calls.filter(
      ([kind]) => kind === 'certificate',
    );
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(server.count('list', 'certificate')).toBe(1);
  });

  it('keeps the objects and their lastSyncedAt when the cluster goes down', async () => {
    const server = await withServer();
    ['a', 'b'].forEach(name => server.put('service', service(name)));
    const { cache, logger } = await startCluster({ server });
    await allSynced(cache);
    await eventually(() => expect(server.openWatches()).toBe(kindNames.length));
    const { lastSyncedAt } = cache.syncs().service;

    await server.close();
    await eventually(() => expectStates(cache, 'failing'));
    expect(cache.syncs().service).toEqual({
      state: 'failing',
      apiVersion: 'v1',
      lastSyncedAt,
      message: expect.stringMatching(
        /^cluster prod: watching Service \(v1\) failed: connect ECONNREFUSED/,
      ),
    });
    expect(names(cache.list('service'))).toEqual(['a', 'b']);

    await new Promise(resolve => setTimeout(resolve, 500));
    const serviceWarnings = logger.warn.mock.calls.filter(
      ([, meta]) => (meta as { kind?: string })?.kind === 'Service',
    );
    expect(serviceWarnings).toHaveLength(1);
  });

  it('stop() ends open watches and hung requests, and no request follows', async () => {
    const healthy = await startCluster();
    await allSynced(healthy.cache);
    await eventually(() =>
      expect(healthy.server.openWatches()).toBe(kindNames.length),
    );
    const hungServer = await withServer();
    hungServer.faults.hang = true;
    const hung = await startCluster({ server: hungServer });
    await eventually(() =>
      expect(hungServer.openConnections()).toBeGreaterThan(0),
    );

    await Promise.all([healthy.live.stop(), hung.live.stop()]);
    await eventually(() => {
      expect(healthy.server.openConnections()).toBe(0);
      expect(hungServer.openConnections()).toBe(0);
    });
    const seen = healthy.server.requests.length + hungServer.requests.length;
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(healthy.server.requests.length + hungServer.requests.length).toBe(
      seen,
    );
  });
});
