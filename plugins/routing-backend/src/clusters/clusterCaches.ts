import type { ClusterCacheChange, ClusterCacheReader } from './cache/types';
import { kindNames } from './resourceKinds';

/**
 * The caches of the clusters Portway serves now. The set changes while the backend runs
 * (locators and suppliers find and lose clusters), so read it with `list()` at each answer.
 */
export interface ClusterCaches {
  /** The clusters served now: snapshot clusters first, then located ones in locator order. */
  list(): readonly ClusterCacheReader[];
  /**
   * Calls `listener` after each change in any cluster's cache, and once per kind of a cluster
   * that is added or removed (each of its kinds appeared or vanished). Listeners run inside the
   * write: they must return quickly and not throw. Returns the unsubscribe function.
   */
  onChange(listener: (change: ClusterCacheChange) => void): () => void;
}

/**
 * A {@link ClusterCaches} whose clusters its owner sets.
 */
export interface ClusterCacheSet extends ClusterCaches {
  /**
   * Makes `caches` the clusters served, in this order. A cache not in the set before is
   * followed, one no longer in it is not; both are announced to the listeners.
   */
  set(caches: readonly ClusterCacheReader[]): void;
}

/**
 * An empty set of cluster caches.
 */
export function createClusterCaches(): ClusterCacheSet {
  let current: readonly ClusterCacheReader[] = [];
  const unsubscribes = new Map<ClusterCacheReader, () => void>();
  const listeners = new Set<(change: ClusterCacheChange) => void>();

  const notify = (change: ClusterCacheChange) =>
    listeners.forEach(listener => listener(change));
  const notifyEveryKind = (cache: ClusterCacheReader) =>
    kindNames.forEach(kind => notify({ cluster: cache.name, kind }));

  return {
    list: () => current,
    onChange(listener) {
      const own = (change: ClusterCacheChange) => listener(change);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
    set(caches) {
      current = Object.freeze([...caches]);
      const kept = new Set(caches);
      for (const [cache, unsubscribe] of unsubscribes) {
        if (kept.has(cache)) continue;
        unsubscribe();
        unsubscribes.delete(cache);
        notifyEveryKind(cache);
      }
      for (const cache of caches) {
        if (unsubscribes.has(cache)) continue;
        unsubscribes.set(cache, cache.onChange(notify));
        notifyEveryKind(cache);
      }
    },
  };
}
