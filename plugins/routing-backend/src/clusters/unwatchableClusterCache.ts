import { createClusterCache } from './cache/createClusterCache';
import type { ClusterCacheReader } from './cache/types';
import { kindNames } from './resourceKinds';

/**
 * The cache of a cluster that cannot be watched (a bad configuration, a credential Portway
 * cannot use): empty, every kind `failing` with `problem` and never synced, so the cluster is
 * in every answer's `clusters` as `error` with the problem as its message.
 */
export function unwatchableClusterCache(
  name: string,
  problem: string,
): ClusterCacheReader {
  const cache = createClusterCache(name);
  for (const kind of kindNames) {
    cache.setSync(kind, { state: 'failing', message: problem });
  }
  return cache;
}
