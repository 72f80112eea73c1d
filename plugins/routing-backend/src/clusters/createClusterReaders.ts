import type { Config } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterReader } from './types';
import { readLiveClusters, readSnapshotClusters } from './readClusterConfig';
import { createLiveClusterReader } from './createLiveClusterReader';
import { createSnapshotClusterReader } from './createSnapshotClusterReader';

/** Every cluster Portway reads: snapshot clusters first, then live clusters from config. */
export function createClusterReaders(
  config: Config,
  logger: LoggerService,
): ClusterReader[] {
  const snapshots = readSnapshotClusters(config).map(
    createSnapshotClusterReader,
  );
  const live = readLiveClusters(config).map(cluster =>
    createLiveClusterReader(cluster, logger),
  );
  return [...snapshots, ...live];
}
