import path from 'path';
import { ConfigReader } from '@backstage/config';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { clusterStatus } from './clusterStatus';
import { createClusterCredentials } from './credentials/createClusterCredentials';
import { startLiveCluster } from './live/startLiveCluster';
import { mockLogger } from './live/__testUtils__/mockLogger';
import { createServedClusters } from './servedClusters';

jest.mock('./live/startLiveCluster');
const startLive = jest.mocked(startLiveCluster);
const stopLive = jest.fn(async () => {});
beforeEach(() => {
  startLive.mockReset().mockImplementation(() => ({ stop: stopLive }));
  stopLive.mockClear();
});

const DEMO_CLUSTER = path.resolve(__dirname, '../../../../examples/cluster');

function details(name: string, overrides: Partial<ClusterDetails> = {}) {
  return {
    name,
    url: `https://${name}.example.com`,
    authMetadata: {
      'kubernetes.io/auth-provider': 'serviceAccount',
      serviceAccountToken: 'token',
    },
    ...overrides,
  };
}

const source = 'kubernetes.clusterLocatorMethods[0] (config)';

function served() {
  const logger = mockLogger();
  const clusters = createServedClusters({
    credentials: createClusterCredentials({
      config: new ConfigReader({}),
      logger,
      authStrategies: {},
    }),
    logger,
    settings: {},
  });
  const statuses = () =>
    clusters.caches
      .list()
      .map(cache => clusterStatus(cache.name, cache.syncs(), Date.now()));
  return { clusters, logger, statuses };
}

describe('createServedClusters', () => {
  it('serves snapshots, watches live clusters and serves one that cannot be watched in error', () => {
    const { clusters, statuses } = served();

    clusters.serve([
      {
        name: 'demo',
        source: 'routing.snapshotClusters[0]',
        snapshotDirectory: DEMO_CLUSTER,
      },
      { name: 'prod', source, details: details('prod') },
      {
        name: 'gke',
        source,
        details: details('gke', {
          authMetadata: { 'kubernetes.io/auth-provider': 'google' },
        }),
      },
      { name: 'broken', source, problem: `${source}: url is missing` },
      {
        name: 'gone',
        source: 'routing.snapshotClusters[1]',
        snapshotDirectory: '/nonexistent/portway-snapshot',
      },
    ]);

    expect(startLive).toHaveBeenCalledTimes(1);
    expect(startLive.mock.calls[0][0].cluster.name).toBe('prod');
    expect(statuses()).toEqual([
      expect.objectContaining({ name: 'demo', state: 'ok' }),
      expect.objectContaining({ name: 'prod', state: 'syncing' }),
      {
        name: 'gke',
        state: 'error',
        message: expect.stringMatching(
          /^kubernetes.clusterLocatorMethods\[0\] \(config\): authProvider "google" .* add a routing.clusterAuth entry/,
        ),
      },
      { name: 'broken', state: 'error', message: `${source}: url is missing` },
      {
        name: 'gone',
        state: 'error',
        message: expect.stringContaining('/nonexistent/portway-snapshot'),
      },
    ]);
  });

  it('serves a name used again as a problem of its own, never replacing the first', () => {
    const { clusters, statuses } = served();

    clusters.serve([
      {
        name: 'prod',
        source: 'routing.snapshotClusters[0]',
        snapshotDirectory: DEMO_CLUSTER,
      },
      { name: 'prod', source, details: details('prod') },
      { name: 'prod', source, problem: 'no url' },
    ]);

    expect(startLive).not.toHaveBeenCalled();
    expect(statuses()).toEqual([
      expect.objectContaining({ name: 'prod', state: 'ok' }),
      {
        name: `prod (${source})`,
        state: 'error',
        message: `${source}: the cluster name "prod" is already used by routing.snapshotClusters[0]; rename one of them (names are shared by routing.snapshotClusters, kubernetes.clusterLocatorMethods and cluster suppliers)`,
      },
      {
        name: `prod (${source} #2)`,
        state: 'error',
        message: expect.stringMatching(/already used .*; no url$/),
      },
    ]);
  });

  it('keeps an unchanged cluster, restarts a changed one and stops a vanished one, logging each once', () => {
    const { clusters, logger } = served();
    clusters.serve([
      { name: 'prod', source, details: details('prod') },
      { name: 'dev', source, details: details('dev') },
      { name: 'qa', source, details: details('qa') },
    ]);
    const [prod, dev] = clusters.caches.list();
    logger.info.mockClear();

    clusters.serve([
      {
        name: 'prod',
        source,
        details: details('prod', { title: 'Production' }),
      },
      { name: 'dev', source, details: details('dev', { skipTLSVerify: true }) },
      { name: 'new', source, details: details('new') },
    ]);

    const [keptProd, restartedDev, added] = clusters.caches.list();
    expect(keptProd).toBe(prod);
    expect(restartedDev).not.toBe(dev);
    expect(restartedDev.name).toBe('dev');
    expect(added.name).toBe('new');
    expect(startLive).toHaveBeenCalledTimes(5);
    expect(stopLive).toHaveBeenCalledTimes(2);
    expect(logger.info.mock.calls.map(([message]) => message)).toEqual([
      `Cluster "dev" changed, found by ${source}`,
      `Cluster "new" added, found by ${source}`,
      `Cluster "qa" removed: ${source} does not list it any more`,
    ]);
  });

  it('restarts nothing when the same auth comes with its keys in another order', () => {
    const { clusters } = served();
    const authMetadata = {
      'kubernetes.io/auth-provider': 'serviceAccount',
      serviceAccountToken: 'token',
    };
    clusters.serve([
      { name: 'prod', source, details: details('prod', { authMetadata }) },
    ]);
    clusters.serve([
      {
        name: 'prod',
        source,
        details: details('prod', {
          authMetadata: {
            serviceAccountToken: 'token',
            'kubernetes.io/auth-provider': 'serviceAccount',
          },
        }),
      },
    ]);

    expect(startLive).toHaveBeenCalledTimes(1);
  });

  it('serves a cluster whose watch cannot start in error with the reason', () => {
    startLive.mockImplementation(() => {
      throw new Error('caFile /etc/ca.pem cannot be read');
    });
    const { clusters, statuses, logger } = served();

    clusters.serve([{ name: 'prod', source, details: details('prod') }]);

    expect(statuses()).toEqual([
      {
        name: 'prod',
        state: 'error',
        message: `${source}: caFile /etc/ca.pem cannot be read`,
      },
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('stops every watch and serves nothing once stopped', async () => {
    const { clusters } = served();
    clusters.serve([
      { name: 'prod', source, details: details('prod') },
      { name: 'dev', source, details: details('dev') },
    ]);

    await clusters.stop();

    expect(stopLive).toHaveBeenCalledTimes(2);
    expect(clusters.caches.list()).toEqual([]);
  });
});
