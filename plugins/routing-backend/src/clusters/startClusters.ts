import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { ClusterCacheReader } from './cache/types';
import { createClusterCache } from './cache/createClusterCache';
import {
  readLiveClusters,
  readSnapshotClusters,
  readSyncSettings,
} from './readClusterConfig';
import { loadSnapshotCluster } from './snapshot/loadSnapshotCluster';
import { startLiveCluster } from './live/startLiveCluster';

/** The caches of every configured cluster, kept fresh in the background until stopped. */
export interface Clusters {
  /** Snapshot clusters first, then live clusters, in configuration order. */
  caches: ClusterCacheReader[];
  /** Stops every watch and retry. */
  stop(): Promise<void>;
}

function checkUniqueNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new InputError(
        `Cluster "${name}" is configured twice (kubernetes.clusterLocatorMethods and routing.snapshotClusters share one set of names)`,
      );
    }
    seen.add(name);
  }
}

/**
 * Creates a cache per configured cluster and starts filling it: snapshot clusters are read
 * at once, live clusters are discovered, listed and watched in the background. Each replica
 * of the backend keeps its own caches; nothing is shared between replicas.
 */
export function startClusters(options: {
  config: Config;
  logger: LoggerService;
}): Clusters {
  const { config, logger } = options;
  const snapshots = readSnapshotClusters(config);
  const live = readLiveClusters(config);
  checkUniqueNames([...snapshots, ...live].map(cluster => cluster.name));
  const settings = readSyncSettings(config);

  const snapshotCaches = snapshots.map(snapshot => {
    const cache = createClusterCache(snapshot.name);
    loadSnapshotCluster(snapshot.directory, cache);
    return cache;
  });
  const liveClusters = live.map(cluster => {
    const cache = createClusterCache(cluster.name);
    return {
      cache,
      sync: startLiveCluster({ cluster, cache, logger, settings }),
    };
  });
  return {
    caches: [...snapshotCaches, ...liveClusters.map(({ cache }) => cache)],
    async stop() {
      await Promise.all(liveClusters.map(({ sync }) => sync.stop()));
    },
  };
}
