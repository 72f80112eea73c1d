import type {
  ClusterObjects,
  PreflightCluster,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from './cache/types';
import { clusterStatus } from './clusterStatus';

/**
 * A cluster's cache read as the objects a preflight or a picker looks at. The cache's kind
 * names are the common ClusterKindName (resourceKinds says so at compile time) and its indexes
 * answer every lookup, so nothing is copied.
 */
export function clusterObjects(cache: ClusterCacheReader): ClusterObjects {
  return {
    get: (kind, namespace, name) => cache.get(kind, namespace, name),
    list: kind => cache.list(kind),
    routesForHostname: hostname => cache.routesForHostname(hostname),
    routesOnGateway: (namespace, name) =>
      cache.routesOnGateway('gateway', namespace, name),
    routesToService: (namespace, name) =>
      cache.routesToService(namespace, name),
  };
}

/** A cluster as a preflight sees it: its cached objects and its status at `now` (ms since the epoch). */
export function preflightCluster(
  cache: ClusterCacheReader,
  now: number,
): PreflightCluster {
  return {
    name: cache.name,
    status: clusterStatus(cache.name, cache.syncs(), now),
    objects: clusterObjects(cache),
  };
}

/**
 * Every cluster as a preflight sees it. A cluster in `error` is kept, so a request naming it
 * is told why nothing could be checked.
 */
export function preflightClusters(
  caches: readonly ClusterCacheReader[],
  now: number,
): PreflightCluster[] {
  return caches.map(cache => preflightCluster(cache, now));
}
