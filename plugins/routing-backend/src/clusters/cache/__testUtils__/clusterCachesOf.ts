import { createClusterCaches, ClusterCaches } from '../../clusterCaches';
import type { ClusterCacheReader } from '../types';

/** A fixed set of cluster caches, in this order. */
export function clusterCachesOf(
  ...caches: ClusterCacheReader[]
): ClusterCaches {
  const set = createClusterCaches();
  set.set(caches);
  return set;
}
