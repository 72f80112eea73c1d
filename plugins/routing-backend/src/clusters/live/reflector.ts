import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterCacheWriter } from '../cache/types';
import { KindName, ResourceKind, resourceKinds } from '../resourceKinds';
import type { KindSyncs } from './kindSyncs';
import type { KubeClient } from './kubeRequest';
import type { LiveSyncSettings } from './settings';
import { createBackoff, delay } from './backoff';
import { listAll } from './listAll';
import { watchStream } from './watchStream';
import { KubeApiError, statusOf } from './kubeApiError';
import { METADATA_LIST_ACCEPT, METADATA_WATCH_ACCEPT } from './metadataOnly';

/** A watch that ends sooner than this with no events looks like a server refusing to watch. */
const QUICK_WATCH_MS = 1000;

/**
 * Keeps one kind of one cluster in the cache until `signal` aborts: a complete paginated list
 * replaces the kind's objects, then a watch from the list's resourceVersion applies each
 * change. A watch that ends is opened again at once from the last resourceVersion seen, as
 * client-go does; only one that ends within a second having brought nothing waits a backoff
 * step, so a server that closes watches at once is not hammered. Only an expired
 * resourceVersion (410) lists again, also after a backoff step. The old objects are served
 * until a new list is complete.
 *
 * A kind read as metadata only (Secrets) is listed and watched with the Accept headers that
 * make the API server send names and metadata, never data.
 *
 * On failure: 403 makes the kind `forbidden` and 404 `not-installed`, both tried again after
 * `rediscoverIntervalMs`; 429 waits `Retry-After`; anything else makes the kind `failing`
 * and is retried with backoff.
 */
export async function runReflector(options: {
  kind: KindName;
  version: string;
  apiVersion: string;
  client: KubeClient;
  cache: ClusterCacheWriter;
  syncs: KindSyncs;
  logger: LoggerService;
  settings: LiveSyncSettings;
  signal: AbortSignal;
}): Promise<void> {
  const { kind, apiVersion, client, cache, syncs, settings, signal } = options;
  const resource: ResourceKind = resourceKinds[kind];
  const path = resource.group
    ? `/apis/${resource.group}/${options.version}/${resource.plural}`
    : `/api/${options.version}/${resource.plural}`;
  const label = `${resource.kind} (${apiVersion})`;
  const meta = { cluster: client.cluster, kind: resource.kind, apiVersion };
  const debug = (message: string) =>
    options.logger.debug(`cluster ${client.cluster}: ${message}`, meta);
  const backoff = createBackoff(settings);
  /** Where to watch from; unset when the kind must be listed (again). */
  let resourceVersion: string | undefined;

  async function list() {
    const complete = await listAll({
      client,
      path,
      what: `listing ${label}`,
      pageSize: settings.pageSize,
      signal,
      accept: resource.metadataOnly ? METADATA_LIST_ACCEPT : undefined,
      onRestart: () =>
        debug(`continue token of ${label} expired; listing from the start`),
    });
    if (signal.aborted) return;
    syncs.listed(kind, apiVersion, complete.items.length);
    cache.replaceAll(kind, complete.items);
    resourceVersion = complete.resourceVersion;
    backoff.reset();
  }

  async function watch(from: string): Promise<number> {
    const { received, endedBy } = await watchStream({
      client,
      path,
      what: `watching ${label}`,
      resourceVersion: from,
      timeoutSeconds: settings.watchTimeoutSeconds,
      signal,
      accept: resource.metadataOnly ? METADATA_WATCH_ACCEPT : undefined,
      onOpen: () => syncs.watching(kind),
      onEvent: event => {
        if (signal.aborted) return;
        resourceVersion =
          event.object.metadata?.resourceVersion ?? resourceVersion;
        if (event.type !== 'BOOKMARK') {
          cache.apply(kind, event.type, event.object);
        }
        syncs.heard(kind);
      },
    });
    if (signal.aborted) return received;
    debug(
      `watch of ${label} ended (${endedBy}, ${received} events); watching again from resourceVersion ${resourceVersion}`,
    );
    return received;
  }

  /** Records a failure; returns how long to wait before trying again. */
  function failed(error: unknown): number {
    const message = (error as Error).message;
    const status = statusOf(error);
    if (status === 410 && resourceVersion !== undefined) {
      debug(`${message}; listing again`);
      resourceVersion = undefined;
      return backoff.next();
    }
    if (status === 429) {
      debug(message);
      const retryAfter = (error as KubeApiError).retryAfterSeconds;
      return retryAfter !== undefined ? retryAfter * 1000 : backoff.next();
    }
    if (status === 403 || status === 404) {
      if (status === 403) syncs.forbidden(kind, apiVersion, message);
      else syncs.notInstalled(kind, message);
      resourceVersion = undefined;
      return settings.rediscoverIntervalMs;
    }
    syncs.failing(kind, apiVersion, message);
    return backoff.next();
  }

  while (!signal.aborted) {
    let wait = 0;
    try {
      if (resourceVersion === undefined) await list();
      if (resourceVersion !== undefined && !signal.aborted) {
        const openedAt = Date.now();
        const received = await watch(resourceVersion);
        if (received > 0 || Date.now() - openedAt >= QUICK_WATCH_MS) {
          backoff.reset();
        } else {
          wait = backoff.next();
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      wait = failed(error);
    }
    await delay(wait, signal);
  }
}
