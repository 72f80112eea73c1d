import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterCacheWriter } from '../cache/types';
import type { LiveClusterConfig } from '../readClusterConfig';
import { KindName, kindNames } from '../resourceKinds';
import { defaultLiveSyncSettings, LiveSyncSettings } from './settings';
import { createKubeClient } from './kubeRequest';
import { createKindSyncs } from './kindSyncs';
import { discoverKinds, KindDiscovery } from './discovery';
import { runReflector } from './reflector';
import { createBackoff, delay } from './backoff';

/** A live cluster being synced into its cache. */
export interface LiveCluster {
  /** Aborts every request, watch and timer, and resolves once all have ended. */
  stop(): Promise<void>;
}

interface RunningReflector {
  apiVersion: string;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Syncs a live cluster into `cache` in the background. Discovery comes first and is read again
 * every `rediscoverIntervalMs`: each kind served with list and watch gets a reflector (a
 * list, then a watch) at the first of its versions served; a kind not served is
 * `not-installed`. When discovery fails as a whole (cluster unreachable, 401, timeout), every
 * reflector is stopped, every kind is `failing` with the reason while its objects are served
 * stale, and discovery is retried with backoff. No failure ever stops the sync; only `stop()`.
 */
export function startLiveCluster(options: {
  cluster: LiveClusterConfig;
  cache: ClusterCacheWriter;
  logger: LoggerService;
  settings?: Partial<LiveSyncSettings>;
}): LiveCluster {
  const { cluster, cache, logger } = options;
  const settings = { ...defaultLiveSyncSettings, ...options.settings };
  const stopping = new AbortController();
  const client = createKubeClient(cluster, settings);
  const syncs = createKindSyncs({ cluster: cluster.name, cache, logger });
  const reflectors = new Map<KindName, RunningReflector>();
  /** Reflectors told to stop that may still be ending a request. */
  const ending = new Set<Promise<void>>();

  function stopReflector(kind: KindName) {
    const reflector = reflectors.get(kind);
    if (!reflector) return;
    reflector.controller.abort();
    const done = reflector.done.finally(() => ending.delete(done));
    ending.add(done);
    reflectors.delete(kind);
  }

  function startReflector(
    kind: KindName,
    served: Extract<KindDiscovery, { served: true }>,
  ) {
    if (reflectors.get(kind)?.apiVersion === served.apiVersion) return;
    stopReflector(kind);
    const controller = new AbortController();
    const done = runReflector({
      kind,
      version: served.version,
      apiVersion: served.apiVersion,
      client,
      cache,
      syncs,
      logger,
      settings,
      signal: controller.signal,
    });
    reflectors.set(kind, { apiVersion: served.apiVersion, controller, done });
  }

  async function discoverForever() {
    const backoff = createBackoff(settings);
    while (!stopping.signal.aborted) {
      let wait: number;
      try {
        const discovery = await discoverKinds(client, stopping.signal);
        if (stopping.signal.aborted) break;
        for (const kind of kindNames) {
          const found = discovery[kind];
          if (found.served) {
            startReflector(kind, found);
          } else {
            stopReflector(kind);
            syncs.notInstalled(kind, found.message);
          }
        }
        backoff.reset();
        wait = settings.rediscoverIntervalMs;
      } catch (error) {
        if (stopping.signal.aborted) break;
        kindNames.forEach(stopReflector);
        syncs.clusterFailing((error as Error).message);
        wait = backoff.next();
      }
      await delay(wait, stopping.signal);
    }
  }

  const discovering = discoverForever();
  return {
    async stop() {
      stopping.abort();
      await discovering;
      kindNames.forEach(stopReflector);
      syncs.stop();
      await Promise.all(ending);
    },
  };
}
