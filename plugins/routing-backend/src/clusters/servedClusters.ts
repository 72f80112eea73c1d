import type { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { createClusterCache } from './cache/createClusterCache';
import type { ClusterCacheReader } from './cache/types';
import { ClusterCaches, createClusterCaches } from './clusterCaches';
import type { ClusterCredentials } from './credentials/types';
import type { LiveSyncSettings } from './live/settings';
import { startLiveCluster } from './live/startLiveCluster';
import { loadSnapshotCluster } from './snapshot/loadSnapshotCluster';
import { unwatchableClusterCache } from './unwatchableClusterCache';

/** A cluster to serve, and what found it (`routing.snapshotClusters[0]`, a locator's source). */
export type ClusterToServe = { name: string; source: string } & (
  | { snapshotDirectory: string }
  | { details: ClusterDetails }
  | { problem: string }
);

/** A served cluster: its cache, how to stop filling it, and what it was started from. */
interface Served {
  cache: ClusterCacheReader;
  stop?: () => Promise<void>;
  source: string;
  fingerprint: string;
  /** Why the cluster cannot be watched, if it cannot. */
  problem?: string;
}

/** A JSON text of `value` with the keys of every object sorted, so equal values compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

/** What the cluster's cache is filled from: a change restarts it, anything else (a title) does not. */
function fingerprintOf(cluster: ClusterToServe): string {
  if ('snapshotDirectory' in cluster) {
    return `snapshot:${cluster.snapshotDirectory}`;
  }
  if ('problem' in cluster) return `problem:${cluster.problem}`;
  const { url, authMetadata, skipTLSVerify, caData, caFile } = cluster.details;
  return `live:${stableJson({
    url,
    authMetadata,
    skipTLSVerify: skipTLSVerify ?? false,
    caData,
    caFile,
  })}`;
}

/**
 * The clusters as given, with each name used once: a cluster whose name an earlier one took is
 * served under another name, as a problem saying so.
 */
function withUniqueNames(clusters: ClusterToServe[]): ClusterToServe[] {
  const sourceOf = new Map<string, string>();
  return clusters.map(cluster => {
    const first = sourceOf.get(cluster.name);
    if (first === undefined) {
      sourceOf.set(cluster.name, cluster.source);
      return cluster;
    }
    let name = `${cluster.name} (${cluster.source})`;
    for (let n = 2; sourceOf.has(name); n++) {
      name = `${cluster.name} (${cluster.source} #${n})`;
    }
    sourceOf.set(name, cluster.source);
    const duplicate = `${cluster.source}: the cluster name "${cluster.name}" is already used by ${first}; rename one of them (names are shared by routing.snapshotClusters, kubernetes.clusterLocatorMethods and cluster suppliers)`;
    return {
      name,
      source: cluster.source,
      problem:
        'problem' in cluster ? `${duplicate}; ${cluster.problem}` : duplicate,
    };
  });
}

/**
 * The caches of the clusters Portway serves, kept in step with what `serve` is given: a new
 * name starts a cache, a name no longer given stops and removes its cache, a cluster whose
 * url, TLS or auth changed is started again, and an unchanged one keeps its cache and watches.
 * A cluster that cannot be watched is served as a cache in `error` whose message says why.
 */
export function createServedClusters(options: {
  credentials: ClusterCredentials;
  logger: LoggerService;
  settings: Partial<LiveSyncSettings>;
}) {
  const { credentials, logger, settings } = options;
  const caches = createClusterCaches();
  let served = new Map<string, Served>();
  const stopping = new Set<Promise<void>>();

  function unwatchable(cluster: ClusterToServe, problem: string): Served {
    return {
      cache: unwatchableClusterCache(cluster.name, problem),
      source: cluster.source,
      fingerprint: fingerprintOf(cluster),
      problem,
    };
  }

  function start(cluster: ClusterToServe): Served {
    const { name, source } = cluster;
    if ('problem' in cluster) return unwatchable(cluster, cluster.problem);
    const fingerprint = fingerprintOf(cluster);
    const cache = createClusterCache(name);
    try {
      if ('snapshotDirectory' in cluster) {
        loadSnapshotCluster(cluster.snapshotDirectory, cache);
        return { cache, source, fingerprint };
      }
      const problem = credentials.problemWith(cluster.details);
      if (problem) return unwatchable(cluster, `${source}: ${problem}`);
      const live = startLiveCluster({
        cluster: cluster.details,
        credentials,
        cache,
        logger,
        settings,
      });
      return { cache, source, fingerprint, stop: () => live.stop() };
    } catch (error) {
      return unwatchable(cluster, `${source}: ${toError(error).message}`);
    }
  }

  function logStarted(cluster: Served, change: 'added' | 'changed') {
    const { name } = cluster.cache;
    if (cluster.problem) {
      logger.warn(
        `Cluster "${name}" ${change}, and cannot be watched: ${cluster.problem}`,
      );
    } else {
      logger.info(`Cluster "${name}" ${change}, found by ${cluster.source}`);
    }
  }

  function end(cluster: Served) {
    if (!cluster.stop) return;
    const done = cluster
      .stop()
      .catch(error =>
        logger.warn(
          `Could not stop watching cluster "${cluster.cache.name}": ${error}`,
        ),
      )
      .finally(() => stopping.delete(done));
    stopping.add(done);
  }

  return {
    /** The clusters served now. */
    caches: caches as ClusterCaches,

    /** Serves `clusters`, in this order, and only them. */
    serve(clusters: ClusterToServe[]) {
      const next = new Map<string, Served>();
      for (const cluster of withUniqueNames(clusters)) {
        const known = served.get(cluster.name);
        if (known?.fingerprint === fingerprintOf(cluster)) {
          next.set(cluster.name, { ...known, source: cluster.source });
          continue;
        }
        if (known) end(known);
        const started = start(cluster);
        logStarted(started, known ? 'changed' : 'added');
        next.set(cluster.name, started);
      }
      for (const [name, cluster] of served) {
        if (next.has(name)) continue;
        logger.info(
          `Cluster "${name}" removed: ${cluster.source} does not list it any more`,
        );
        end(cluster);
      }
      served = next;
      caches.set([...next.values()].map(cluster => cluster.cache));
    },

    /** Stops every watch, and resolves once all have ended. */
    async stop() {
      served.forEach(end);
      served = new Map();
      caches.set([]);
      await Promise.all(stopping);
    },
  };
}
