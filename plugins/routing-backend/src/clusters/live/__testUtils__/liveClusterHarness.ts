import type { KubernetesObject } from '@portway/plugin-routing-common';
import { createClusterCache } from '../../cache/createClusterCache';
import type { ClusterCache } from '../../cache/types';
import { KindName, kindNames } from '../../resourceKinds';
import type { LiveSyncSettings } from '../settings';
import { LiveCluster, startLiveCluster } from '../startLiveCluster';
import { FaultyApiServer, startFaultyApiServer } from './faultyApiServer';
import { eventually } from './eventually';
import { mockLogger } from './mockLogger';
import { tokenCluster } from './tokenCluster';

/** Starts live clusters against fake API servers with small settings, and stops them. */
const settings: Partial<LiveSyncSettings> = {
  pageSize: 2,
  requestTimeoutMs: 1000,
  backoffInitialMs: 20,
  backoffMaxMs: 200,
  rediscoverIntervalMs: 60_000,
};

export const istioKinds: KindName[] = [
  'virtualService',
  'istioGateway',
  'destinationRule',
];

export const service = (name: string, labels?: Record<string, string>) => ({
  metadata: { namespace: 'shop', name, labels },
  spec: { ports: [{ port: 80 }] },
});

export const names = (objects: KubernetesObject[]) =>
  objects.map(object => object.metadata?.name).sort();

const started: Array<{ server: FaultyApiServer; live?: LiveCluster }> = [];

export async function startCluster(
  options: {
    name?: string;
    server?: FaultyApiServer;
    settings?: Partial<LiveSyncSettings>;
  } = {},
) {
  const server = options.server ?? (await startFaultyApiServer());
  const name = options.name ?? 'prod';
  const cache = createClusterCache(name);
  const logger = mockLogger();
  const live = startLiveCluster({
    ...tokenCluster({ name, url: server.url, token: server.token }),
    cache,
    logger,
    settings: { ...settings, ...options.settings },
  });
  started.push({ server, live });
  return { server, cache, logger, live };
}

export async function withServer(
  ...args: Parameters<typeof startFaultyApiServer>
) {
  const server = await startFaultyApiServer(...args);
  started.push({ server });
  return server;
}

export function expectStates(
  cache: ClusterCache,
  state: string,
  kinds: KindName[] = kindNames,
) {
  const syncs = cache.syncs();
  for (const kind of kinds)
    expect([kind, syncs[kind].state]).toEqual([kind, state]);
}

export const allSynced = (cache: ClusterCache) =>
  eventually(() => expectStates(cache, 'synced'));

/** Stops every cluster and server the tests of a file started; for `afterEach`. */
export async function stopStarted() {
  for (const { server, live } of started.splice(0)) {
    await live?.stop();
    await server.close();
  }
}
