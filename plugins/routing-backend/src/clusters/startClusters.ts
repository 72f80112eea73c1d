import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { toError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  AuthenticationStrategy,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import type { ClusterCaches } from './clusterCaches';
import { createClusterCredentials } from './credentials/createClusterCredentials';
import { createClusterLocators } from './locate/createClusterLocators';
import { createClusterLocating } from './locateClusters';
import { readSnapshotClusters, readSyncSettings } from './readClusterConfig';
import { ClusterToServe, createServedClusters } from './servedClusters';

/** The caches of every cluster Portway serves, kept fresh in the background until stopped. */
export interface Clusters {
  /** Snapshot clusters first, then located clusters in locator order; the set changes over time. */
  caches: ClusterCaches;
  /** Stops asking the locators, and every watch and retry. */
  stop(): Promise<void>;
}

function snapshotClusters(config: Config): ClusterToServe[] {
  const key = 'routing.snapshotClusters';
  try {
    return readSnapshotClusters(config).map((snapshot, index) => ({
      name: snapshot.name,
      source: `${key}[${index}]`,
      snapshotDirectory: snapshot.directory,
    }));
  } catch (error) {
    return [{ name: key, source: key, problem: toError(error).message }];
  }
}

/**
 * Serves the snapshot clusters of `routing.snapshotClusters` at once, then, in the background,
 * the clusters of `kubernetes.clusterLocatorMethods` and of the suppliers added through
 * `routingClustersExtensionPoint`, each listed and watched into its own cache. Dynamic locators
 * are asked again every `routing.sync.clusterRefreshIntervalMs`. Never throws and waits for no
 * cluster: a cluster that cannot be watched is served in `error`, with a message saying why.
 * Each replica of the backend keeps its own caches; nothing is shared between replicas.
 */
export function startClusters(options: {
  config: Config;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  suppliers: KubernetesClustersSupplier[];
  authStrategies: Record<string, AuthenticationStrategy>;
}): Clusters {
  const { config, logger, authStrategies } = options;
  const settings = readSyncSettings(config, logger);
  const served = createServedClusters({
    credentials: createClusterCredentials({ config, logger, authStrategies }),
    logger,
    settings,
  });
  const locating = createClusterLocating(createClusterLocators(options));
  const snapshots = snapshotClusters(config);
  served.serve(snapshots);

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function refresh() {
    const located = await locating.locate();
    if (!stopped) served.serve([...snapshots, ...located]);
  }

  /** Runs one refresh after `delayMs`, the next one only once it has finished. */
  function schedule(delayMs: number) {
    timer = setTimeout(() => {
      refresh()
        .catch(error =>
          logger.error(`Could not refresh the clusters: ${error}`),
        )
        .finally(() => {
          if (!stopped && locating.dynamic) {
            schedule(settings.clusterRefreshIntervalMs);
          }
        });
    }, delayMs);
    timer.unref();
  }
  schedule(0);

  return {
    caches: served.caches,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await served.stop();
    },
  };
}
