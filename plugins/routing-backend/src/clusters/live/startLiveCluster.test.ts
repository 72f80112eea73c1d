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
});
