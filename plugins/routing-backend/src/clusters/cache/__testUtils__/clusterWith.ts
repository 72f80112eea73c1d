import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from '../createClusterCache';
import type { ClusterCache, KindSync } from '../types';
import { KindName, kindNameOf, kindNames } from '../../resourceKinds';

/** When the caches of {@link clusterWith} were last synced, unless a test says otherwise. */
export const SYNCED_AT = Date.parse('2026-11-27T10:00:00Z');

/** A cluster cache holding `objects`, with every kind in the sync state `sync` gives it (default: synced at SYNCED_AT). */
export function clusterWith(
  name: string,
  objects: KubernetesObject[],
  sync: (kind: KindName) => KindSync = () => ({
    state: 'synced',
    lastSyncedAt: SYNCED_AT,
  }),
): ClusterCache {
  const cache = createClusterCache(name);
  for (const kind of kindNames) {
    cache.replaceAll(
      kind,
      objects.filter(o => kindNameOf(o) === kind),
    );
    cache.setSync(kind, sync(kind));
  }
  return cache;
}
