import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import type { ClusterCacheWriter } from '../cache/types';
import type { ClusterCredentials } from '../credentials/types';
import { KindName, kindNames } from '../resourceKinds';
import { defaultLiveSyncSettings, LiveSyncSettings } from './settings';
import { createKubeClient } from './kubeRequest';
import { createKindSyncs } from './kindSyncs';
import { discoverKinds, KindDiscovery } from './discovery';
import { runReflector } from './reflector';
import { createBackoff, delay } from './backoff';

/**
 * How soon discovery runs again after it found something new (a first discovery, one after
 * the cluster was unreachable, a CRD added or removed). An API server that has just started
 * serves its CRDs one after another, so what it first says is often incomplete.
 */
const SETTLE_MS = 5000;

/** What discovery found, as one comparable string: `kind@apiVersion` of each served kind. */
function servedKinds(discovery: Record<KindName, KindDiscovery>): string {
  return kindNames
    .map(kind => {
      const found = discovery[kind];
      return found.served ? `${kind}@${found.apiVersion}` : '';
    })
    .join(',');
}

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
 * every `rediscoverIntervalMs`, or 5 s after it found something new: each kind served with
 * list and watch gets a reflector (a list, then a watch) at the first of its versions served;
 * a kind never served is `not-installed`, and one that was served is `not-installed` only when
 * two discoveries in a row miss it (an API server that has just started serves its CRDs one
 * after another). When discovery or a health check fails (cluster unreachable, 401, timeout),
 * every reflector is stopped, every kind is `failing` with the reason while its objects are
 * served stale, and discovery is retried with backoff. No failure ever stops the sync; only
 * `stop()`.
 */
export function startLiveCluster(options: {
  cluster: ClusterDetails;
  /** Signs every request; a failure to sign fails that request, as the cluster being unreachable does. */
  credentials: ClusterCredentials;
  cache: ClusterCacheWriter;
  logger: LoggerService;
  settings?: Partial<LiveSyncSettings>;
}): LiveCluster {
  const { cluster, credentials, cache, logger } = options;
  const settings = { ...defaultLiveSyncSettings, ...options.settings };
  const stopping = new AbortController();
  const client = createKubeClient(cluster, credentials, settings);
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

  /** The apiVersion each kind was last discovered at; a kind is not-installed once missing twice. */
  const lastServedAt = new Map<KindName, string>();
  const missingOnce = new Set<KindName>();

  /** Reads discovery and starts or stops reflectors; returns when to read it again. */
  async function discover(lastServed: string | undefined) {
    const discovery = await discoverKinds(client, stopping.signal);
    if (stopping.signal.aborted) return { served: lastServed, next: 0 };
    for (const kind of kindNames) {
      const found = discovery[kind];
      const servedBefore = lastServedAt.get(kind);
      if (found.served) {
        lastServedAt.set(kind, found.apiVersion);
        missingOnce.delete(kind);
        startReflector(kind, found);
      } else if (servedBefore && !missingOnce.has(kind)) {
        missingOnce.add(kind);
        stopReflector(kind);
        syncs.failing(
          kind,
          servedBefore,
          `${found.message}; checking again, as an API server that has just started may not serve every CRD yet`,
        );
      } else {
        lastServedAt.delete(kind);
        stopReflector(kind);
        syncs.notInstalled(kind, found.message);
      }
    }
    const served = servedKinds(discovery);
    const wait =
      served === lastServed
        ? settings.rediscoverIntervalMs
        : Math.min(SETTLE_MS, settings.rediscoverIntervalMs);
    return { served, next: Date.now() + wait };
  }

  /**
   * Discovery, then a health check (`GET /version`) every `healthCheckIntervalMs` until
   * discovery is due again. A cluster that stops answering can leave its watches open and
   * silent; the health check notices, so its data turns stale within one interval.
   */
  async function superviseForever() {
    const backoff = createBackoff(settings);
    let lastServed: string | undefined;
    let discoverAt = 0;
    while (!stopping.signal.aborted) {
      let wait: number;
      try {
        if (Date.now() >= discoverAt) {
          ({ served: lastServed, next: discoverAt } = await discover(
            lastServed,
          ));
        } else {
          await client.getJson(
            '/version',
            'checking that the API server answers (GET /version)',
            stopping.signal,
          );
        }
        backoff.reset();
        wait = Math.min(
          settings.healthCheckIntervalMs,
          Math.max(0, discoverAt - Date.now()),
        );
      } catch (error) {
        if (stopping.signal.aborted) break;
        kindNames.forEach(stopReflector);
        syncs.clusterFailing((error as Error).message);
        lastServed = undefined;
        discoverAt = 0;
        wait = backoff.next();
      }
      await delay(wait, stopping.signal);
    }
  }

  const supervising = superviseForever();
  return {
    async stop() {
      stopping.abort();
      await supervising;
      kindNames.forEach(stopReflector);
      syncs.stop();
      await Promise.all(ending);
    },
  };
}
