import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterCacheWriter, KindSync } from '../cache/types';
import {
  KindName,
  kindNames,
  ResourceKind,
  resourceKinds,
} from '../resourceKinds';

/** Watch events and bookmarks move a kind's lastSyncedAt in the cache at most this often. */
const HEARD_WRITE_INTERVAL_MS = 1000;

/**
 * The sync state of each kind of one cluster: written to the cache and logged when it changes.
 * A kind that fails keeps its apiVersion and lastSyncedAt, so its objects are served as stale
 * with their true age.
 */
export interface KindSyncs {
  /** A complete list is about to be stored (first, so the cache knows its apiVersion). */
  listed(kind: KindName, apiVersion: string, count: number): void;
  /** A watch was accepted: a failing kind is synced again, its lastSyncedAt unchanged. */
  watching(kind: KindName): void;
  /** A watch event or bookmark came: the kind was in sync just now. */
  heard(kind: KindName): void;
  failing(kind: KindName, apiVersion: string, message: string): void;
  /** Reading the kind is refused: a warning, or info for a kind that may be (Secrets). */
  forbidden(kind: KindName, apiVersion: string, message: string): void;
  /** The kind is not served: it has no objects any more. */
  notInstalled(kind: KindName, message: string): void;
  /** Discovery failed: every kind is failing, with one warning for the cluster. */
  clusterFailing(message: string): void;
  /** Cancels pending writes. */
  stop(): void;
}

/** Every kind starts `syncing`, as in a new cache. */
export function createKindSyncs(options: {
  cluster: string;
  cache: ClusterCacheWriter;
  logger: LoggerService;
}): KindSyncs {
  const { cluster, cache, logger } = options;
  const syncs = new Map<KindName, KindSync>(
    kindNames.map(kind => [kind, { state: 'syncing' }]),
  );
  const writtenAt = new Map<KindName, number>();
  const pendingWrites = new Map<KindName, NodeJS.Timeout>();
  const meta = (kind: KindName) => ({
    cluster,
    kind: resourceKinds[kind].kind,
    apiVersion: syncs.get(kind)!.apiVersion,
  });

  function write(kind: KindName, sync: KindSync) {
    clearTimeout(pendingWrites.get(kind));
    pendingWrites.delete(kind);
    syncs.set(kind, sync);
    writtenAt.set(kind, Date.now());
    cache.setSync(kind, sync);
  }

  /** Moves to a failed state, keeping lastSyncedAt; true when the state changed. */
  function fail(
    kind: KindName,
    state: 'failing' | 'forbidden',
    message: string,
    apiVersion = syncs.get(kind)!.apiVersion,
  ) {
    const { state: previous, lastSyncedAt } = syncs.get(kind)!;
    write(kind, { state, apiVersion, message, lastSyncedAt });
    return previous !== state;
  }

  return {
    listed(kind, apiVersion, count) {
      const previous = syncs.get(kind)!.state;
      write(kind, { state: 'synced', apiVersion, lastSyncedAt: Date.now() });
      if (previous === 'failing' || previous === 'forbidden') {
        logger.info(
          `cluster ${cluster}: ${resourceKinds[kind].kind} synced again (${count} objects)`,
          meta(kind),
        );
      } else {
        logger.debug(
          `cluster ${cluster}: listed ${count} ${resourceKinds[kind].kind} objects`,
          meta(kind),
        );
      }
    },
    watching(kind) {
      const sync = syncs.get(kind)!;
      if (sync.state !== 'failing') return;
      write(kind, { ...sync, state: 'synced', message: undefined });
      logger.info(
        `cluster ${cluster}: watching ${resourceKinds[kind].kind} again`,
        meta(kind),
      );
    },
    heard(kind) {
      const sync = syncs.get(kind)!;
      if (sync.state !== 'synced') return;
      const now = Date.now();
      syncs.set(kind, { ...sync, lastSyncedAt: now });
      const since = now - (writtenAt.get(kind) ?? 0);
      if (since >= HEARD_WRITE_INTERVAL_MS) {
        write(kind, syncs.get(kind)!);
      } else if (!pendingWrites.has(kind)) {
        const flush = () => write(kind, syncs.get(kind)!);
        pendingWrites.set(
          kind,
          setTimeout(flush, HEARD_WRITE_INTERVAL_MS - since),
        );
      }
    },
    failing(kind, apiVersion, message) {
      if (fail(kind, 'failing', message, apiVersion)) {
        logger.warn(`${message}; retrying with backoff`, meta(kind));
      } else {
        logger.debug(message, meta(kind));
      }
    },
    forbidden(kind, apiVersion, message) {
      if (fail(kind, 'forbidden', message, apiVersion)) {
        const { uncheckedWithout }: ResourceKind = resourceKinds[kind];
        if (uncheckedWithout) {
          logger.info(`${uncheckedWithout}: ${message}`, meta(kind));
        } else {
          logger.warn(message, meta(kind));
        }
      } else {
        logger.debug(message, meta(kind));
      }
    },
    notInstalled(kind, message) {
      if (syncs.get(kind)!.state === 'not-installed') return;
      write(kind, { state: 'not-installed', message });
      cache.replaceAll(kind, []);
      logger.info(message, { cluster, kind: resourceKinds[kind].kind });
    },
    clusterFailing(message) {
      const changed = kindNames.filter(kind => fail(kind, 'failing', message));
      const text = `${message}; retrying with backoff`;
      if (changed.length) logger.warn(text, { cluster });
      else logger.debug(text, { cluster });
    },
    stop() {
      pendingWrites.forEach(timer => clearTimeout(timer));
      pendingWrites.clear();
    },
  };
}
