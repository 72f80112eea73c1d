import { kindNames } from '../resourceKinds';
import {
  allSynced,
  expectStates,
  istioKinds,
  names,
  service,
  startCluster,
  stopStarted,
  withServer,
} from './__testUtils__/liveClusterHarness';
import { eventually } from './__testUtils__/eventually';

afterEach(stopStarted);

describe('startLiveCluster with a faulty API server', () => {
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
