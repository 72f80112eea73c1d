import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { GatewayView, ListenerView } from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { clusterStatus } from '../../clusters/clusterStatus';
import { ClusterGateways, clusterGatewayViews } from './gatewayViews';
import { routeEntityRefs } from './routeEntities';
import type { GatewaysService } from './types';

/** Options of {@link createGatewaysService}. */
export interface GatewaysServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** Where the routes' owning entities are looked up. */
  catalog: CatalogService;
  /** For the plugin's own credentials, when a caller gives none. */
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  logger: LoggerService;
  /** The clock, for the age of stale data. */
  now?: () => number;
}

/**
 * Answers from the clusters' caches, doing no I/O to any cluster: each cluster's Gateways are
 * analysed once per version of its cache and reused until it changes. The routes' entities are
 * looked up in the catalog with one query per answer, with the caller's credentials.
 */
export function createGatewaysService(
  options: GatewaysServiceOptions,
): GatewaysService {
  const { clusters, catalog, auth, logger, now = Date.now } = options;
  // By cache, not by name: a restarted cluster's new cache counts its versions from 0 again.
  const memo = new WeakMap<
    ClusterCacheReader,
    { version: number; views: ClusterGateways }
  >();

  function viewsOf(cache: ClusterCacheReader): ClusterGateways {
    const known = memo.get(cache);
    if (known?.version === cache.version) return known.views;
    const views = clusterGatewayViews(cache);
    memo.set(cache, { version: cache.version, views });
    return views;
  }

  return {
    async getGateways(request = {}) {
      const at = now();
      const reads = clusters.list().map(cache => ({
        cache,
        status: clusterStatus(cache.name, cache.syncs(), at),
      }));
      const answering = reads
        .filter(read => read.status.state !== 'error')
        .map(read => viewsOf(read.cache));
      const owners = await routeEntityRefs(
        answering.flatMap(views => [...views.ownerships.values()]),
        {
          catalog,
          credentials:
            request.credentials ?? (await auth.getOwnServiceCredentials()),
          logger,
        },
      );
      const withOwners = ({ gateways, ownerships }: ClusterGateways) => {
        const listenersWithOwners = (listeners: ListenerView[]) =>
          listeners.map(listener => ({
            ...listener,
            routes: listener.routes.map(route => {
              const ownership = ownerships.get(
                `${route.kind}/${route.namespace}/${route.name}`,
              );
              return {
                ...route,
                entityRefs: ownership ? owners(ownership) : [],
              };
            }),
          }));
        return gateways.map(
          (gateway): GatewayView => ({
            ...gateway,
            listeners: listenersWithOwners(gateway.listeners),
            ...(gateway.listenerSets
              ? {
                  listenerSets: gateway.listenerSets.map(listenerSet => ({
                    ...listenerSet,
                    listeners: listenersWithOwners(listenerSet.listeners),
                  })),
                }
              : {}),
          }),
        );
      };
      return {
        gateways: answering.flatMap(withOwners),
        clusters: reads.map(read => read.status),
      };
    },
  };
}
