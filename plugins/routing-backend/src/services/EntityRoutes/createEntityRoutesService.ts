import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterStatus } from '@portway/plugin-routing-common';
import type {
  GitOpsRepository,
  PendingChange,
} from '@portway/plugin-routing-node';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { clusterStatus } from '../../clusters/clusterStatus';
import type { EntityRoutesService } from './types';
import { entitySelector } from './entitySelector';
import { entityRouteViews } from './entityRouteViews';
import { pendingRoutesOf, pendingRouteViews } from './pendingRouteViews';

/** Options of {@link createEntityRoutesService}. */
export interface EntityRoutesServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** Where requested routes wait for review; their routes show as `pending`. */
  gitops?: Pick<GitOpsRepository, 'listPendingChanges'>;
  logger: LoggerService;
  /** The clock, for the age of stale data. */
  now?: () => number;
}

interface ClusterRead {
  cache: ClusterCacheReader;
  status: ClusterStatus;
}

/**
 * Answers from the clusters' caches: an answer does no I/O to any cluster, and a cluster in
 * trouble only changes its own part (stale data with its age, or an error).
 */
export function createEntityRoutesService(
  options: EntityRoutesServiceOptions,
): EntityRoutesService {
  const { clusters, gitops, logger, now = Date.now } = options;
  /** One listing shared by answers computed at once (a recheck of followed entities computes many). */
  let listing: ReturnType<GitOpsRepository['listPendingChanges']> | undefined;

  function readAll(): ClusterRead[] {
    const at = now();
    return clusters.list().map(cache => ({
      cache,
      status: clusterStatus(cache.name, cache.syncs(), at),
    }));
  }

  /** Clusters with data to answer from: every state but `error`. */
  function answering(reads: ClusterRead[]): ClusterCacheReader[] {
    return reads
      .filter(read => read.status.state !== 'error')
      .map(read => read.cache);
  }

  /** The GitOps changes not merged yet; none when they cannot be listed. */
  async function pendingChanges(): Promise<PendingChange[]> {
    if (!gitops) return [];
    try {
      listing ??= gitops.listPendingChanges().finally(() => {
        listing = undefined;
      });
      return await listing;
    } catch (error) {
      logger.warn(
        `Could not list pending changes of the GitOps repository: ${error}`,
      );
      return [];
    }
  }

  return {
    async getEntityRoutes(entity: Entity) {
      const selector = entitySelector(entity);
      const reads = readAll();
      const caches = answering(reads);
      const changes = await pendingChanges();
      const live = caches.flatMap(cache =>
        entityRouteViews(
          cache,
          selector,
          pendingRoutesOf(changes, cache.name, cache),
        ),
      );
      const pending = pendingRouteViews(changes, {
        entityRef: stringifyEntityRef(entity),
        clusterCache: name => caches.find(cache => cache.name === name),
      });
      return {
        routes: [...live, ...pending],
        clusters: reads.map(read => read.status),
      };
    },
  };
}
