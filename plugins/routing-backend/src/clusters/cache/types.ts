import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { KindName } from '../resourceKinds';

/**
 * Where the cache of one kind stands:
 * - `syncing`: the first list has not finished;
 * - `synced`: the cache matches the cluster, kept fresh by a watch;
 * - `not-installed`: the cluster does not serve the kind (its CRD or API group is missing);
 * - `forbidden`: the cluster refuses to list or watch it (403);
 * - `failing`: listing or watching fails and is being retried.
 */
export type KindSyncState =
  | 'syncing'
  | 'synced'
  | 'not-installed'
  | 'forbidden'
  | 'failing';

/** The sync state of one kind in one cluster. */
export interface KindSync {
  state: KindSyncState;
  /** The apiVersion the kind is read at, once discovery found one. */
  apiVersion?: string;
  /** Why the kind is not synced, as the API server or the network said it. */
  message?: string;
  /**
   * When the cached objects were last known to match the cluster (ms since the epoch): the end
   * of the last complete list, or the last watch event or bookmark. Unset until the first
   * complete list, so an empty kind is never confused with one that could not be read.
   */
  lastSyncedAt?: number;
}

/** A watch event's type, as the API server sends it. */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** How sources (a live cluster's watches, a snapshot) fill a cluster's cache. */
export interface ClusterCacheWriter {
  /** Replaces every object of a kind with a complete list, in one step. */
  replaceAll(kind: KindName, objects: KubernetesObject[]): void;
  /** Applies one watch event. */
  apply(kind: KindName, type: WatchEventType, object: KubernetesObject): void;
  /** Records where a kind's sync stands. */
  setSync(kind: KindName, sync: KindSync): void;
}

/** What changed in a cluster's cache: one kind's objects or sync state. */
export interface ClusterCacheChange {
  cluster: string;
  kind: KindName;
}

/** A cluster's cached objects and their indexes. Reading does no I/O. */
export interface ClusterCacheReader {
  readonly name: string;
  /** Grows with every change to the cache, so derived answers can be cached per version. */
  readonly version: number;
  /** Every cached object of a kind. */
  list(kind: KindName): KubernetesObject[];
  /** One cached object; `namespace` is `` for cluster-scoped kinds. */
  get(
    kind: KindName,
    namespace: string,
    name: string,
  ): KubernetesObject | undefined;
  /** Services and routes (of every route kind) carrying the label `key=value`. */
  withLabel(key: string, value: string): KubernetesObject[];
  /** Services and routes of every route kind, for selectors the label index cannot answer. */
  labelledObjects(): KubernetesObject[];
  /** Routes of every kind whose backends include the Service `namespace/name`. */
  routesToService(namespace: string, name: string): KubernetesObject[];
  /**
   * Gateway API routes whose parent is the Gateway (or the ListenerSet) `namespace/name`, and
   * VirtualServices bound to the Istio Gateway `namespace/name`.
   */
  routesOnGateway(
    gatewayKind: 'gateway' | 'listenerSet' | 'istioGateway',
    namespace: string,
    name: string,
  ): KubernetesObject[];
  /** Routes of every kind that list `hostname` exactly as written (`` for routes that list none). */
  routesForHostname(hostname: string): KubernetesObject[];
  /** The sync state of every kind. */
  syncs(): Record<KindName, KindSync>;
  /**
   * Calls `listener` after each write that changed the cached objects or a kind's sync state
   * (its state, apiVersion or message; not lastSyncedAt alone). Listeners run inside the write:
   * they must return quickly and not throw. Returns the unsubscribe function.
   */
  onChange(listener: (change: ClusterCacheChange) => void): () => void;
}

/** A cluster's cache: filled by one source, read by answers. */
export interface ClusterCache extends ClusterCacheReader, ClusterCacheWriter {}
