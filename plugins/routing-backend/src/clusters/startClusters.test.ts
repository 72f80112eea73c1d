import path from 'path';
import type { AuthService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ClusterDetails,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import { clusterStatus } from './clusterStatus';
import { startLiveCluster } from './live/startLiveCluster';
import { mockLogger } from './live/__testUtils__/mockLogger';
import { startClusters } from './startClusters';

jest.mock('./live/startLiveCluster');
const startLive = jest.mocked(startLiveCluster);
const stopLive = jest.fn(async () => {});

const DEMO_CLUSTER = path.resolve(__dirname, '../../../../examples/cluster');
const INTERVAL = 60_000;
const duplicate = 'demo (kubernetes.clusterLocatorMethods[0] (config))';

function cluster(name: string, url = `https://${name}.example.com`) {
  return {
    name,
    url,
    authMetadata: {
      'kubernetes.io/auth-provider': 'serviceAccount',
      serviceAccountToken: 'token',
    },
  };
}

function configWith(data: object = {}) {
  return new ConfigReader({
    routing: {
      snapshotClusters: [{ name: 'demo', directory: DEMO_CLUSTER }],
      sync: { clusterRefreshIntervalMs: INTERVAL },
    },
    kubernetes: {
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            { ...cluster('prod'), authProvider: 'serviceAccount' },
            {
              name: 'demo',
              url: 'https://demo.example.com',
              authProvider: 'serviceAccount',
            },
          ],
        },
      ],
    },
    ...data,
  });
}

/** A supplier answering what `answers` holds when asked. */
function supplierOf(answers: { clusters: ClusterDetails[] }) {
  return {
    getClusters: jest.fn(async () => answers.clusters),
  } satisfies KubernetesClustersSupplier;
}

function start(
  options: {
    config?: ConfigReader;
    suppliers?: KubernetesClustersSupplier[];
  } = {},
) {
  const logger = mockLogger();
  const clusters = startClusters({
    config: options.config ?? configWith(),
    logger,
    catalog: {} as CatalogService,
    auth: {
      getOwnServiceCredentials: async () => ({}),
    } as unknown as AuthService,
    suppliers: options.suppliers ?? [],
    authStrategies: {},
  });
  const names = () => clusters.caches.list().map(cache => cache.name);
  const statuses = () =>
    clusters.caches
      .list()
      .map(cache => clusterStatus(cache.name, cache.syncs(), Date.now()));
  return { clusters, logger, names, statuses };
}

/** Lets the timers of `ms` run out and what they started finish. */
const pass = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('startClusters', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    startLive.mockReset().mockImplementation(() => ({ stop: stopLive }));
    stopLive.mockClear();
  });
  afterEach(() => jest.useRealTimers());

  it('serves snapshot clusters at once and located clusters in the background, a name used twice as a problem', async () => {
    const { clusters, names, statuses } = start();

    expect(names()).toEqual(['demo']);
    expect(startLive).not.toHaveBeenCalled();

    await pass(0);
    expect(names()).toEqual(['demo', 'prod', duplicate]);
    expect(startLive).toHaveBeenCalledTimes(1);
    expect(statuses()[2]).toEqual({
      name: duplicate,
      state: 'error',
      message: expect.stringContaining(
        'the cluster name "demo" is already used by routing.snapshotClusters[0]',
      ),
    });
    await clusters.stop();
  });

  it('asks dynamic locators again every interval: adds, removes, restarts changed and keeps unchanged clusters', async () => {
    const answers = { clusters: [cluster('eks-a'), cluster('eks-b')] };
    const supplier = supplierOf(answers);
    const { clusters, names, logger } = start({ suppliers: [supplier] });
    await pass(0);
    const [, prod, , eksA] = clusters.caches.list();
    expect(names()).toEqual(['demo', 'prod', duplicate, 'eks-a', 'eks-b']);

    answers.clusters = [cluster('eks-a'), cluster('eks-c')];
    await pass(INTERVAL);
    expect(names()).toEqual(['demo', 'prod', duplicate, 'eks-a', 'eks-c']);
    expect(clusters.caches.list()[1]).toBe(prod);
    expect(clusters.caches.list()[3]).toBe(eksA);
    expect(logger.info).toHaveBeenCalledWith(
      'Cluster "eks-b" removed: routingClustersExtensionPoint supplier #1 does not list it any more',
    );

    answers.clusters = [cluster('eks-a', 'https://eks-a.example.org')];
    await pass(INTERVAL);
    expect(clusters.caches.list()[3]).not.toBe(eksA);
    expect(supplier.getClusters).toHaveBeenCalledTimes(3);
    expect(startLive).toHaveBeenCalledTimes(5);
    expect(stopLive).toHaveBeenCalledTimes(3);
    await clusters.stop();
  });

  it('asks a static locator once and sets no timer without a dynamic one', async () => {
    const { clusters } = start();
    await pass(0);

    expect(jest.getTimerCount()).toBe(0);
    await pass(INTERVAL * 3);
    expect(startLive).toHaveBeenCalledTimes(1);
    await clusters.stop();
  });

  it('starts no refresh while one is still running', async () => {
    let answer: (clusters: ClusterDetails[]) => void = () => {};
    const supplier = {
      getClusters: jest.fn(
        () =>
          new Promise<ClusterDetails[]>(resolve => {
            answer = resolve;
          }),
      ),
    };
    const { clusters, names } = start({ suppliers: [supplier] });

    await pass(INTERVAL * 3);
    expect(supplier.getClusters).toHaveBeenCalledTimes(1);
    answer([cluster('eks-a')]);
    await pass(0);
    expect(names()).toContain('eks-a');
    await pass(INTERVAL);
    expect(supplier.getClusters).toHaveBeenCalledTimes(2);
    await clusters.stop();
  });

  it('stops asking and watching once stopped, and serves nothing a late answer brings', async () => {
    let answer: (clusters: ClusterDetails[]) => void = () => {};
    const supplier = {
      getClusters: jest.fn(
        () =>
          new Promise<ClusterDetails[]>(resolve => {
            answer = resolve;
          }),
      ),
    };
    const { clusters, names } = start({ suppliers: [supplier] });
    await pass(0);

    await clusters.stop();
    answer([cluster('eks-a')]);
    await pass(INTERVAL * 2);

    expect(names()).toEqual([]);
    expect(supplier.getClusters).toHaveBeenCalledTimes(1);
    expect(startLive).not.toHaveBeenCalledWith(
      expect.objectContaining({
        cluster: expect.objectContaining({ name: 'eks-a' }),
      }),
    );
  });

  it('starts whatever the configuration says, serving each bad part as a cluster in error', async () => {
    const { clusters, statuses, logger } = start({
      config: new ConfigReader({
        routing: {
          snapshotClusters: 'demo',
          sync: { clusterRefreshIntervalMs: 'often' },
        },
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [{ name: 'x' }] },
            { type: 'rancher' },
          ],
        },
      }),
    });
    await pass(0);

    expect(statuses().map(status => [status.name, status.state])).toEqual([
      ['routing.snapshotClusters', 'error'],
      ['x', 'error'],
      ['kubernetes.clusterLocatorMethods[1] (rancher)', 'error'],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'routing.sync.clusterRefreshIntervalMs must be a positive number',
      ),
    );
    await clusters.stop();
  });
});
