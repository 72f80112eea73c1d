import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClusterStatus,
  KubernetesObject,
  objectKey,
  RouteView,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import type { ClusterReader } from '../../clusters/types';
import type { EntityRoutesService } from './types';
import { ClusterObjects, readCluster } from './readCluster';
import { entitySelector } from './entitySelector';
import { entityRouteViews } from './entityRouteViews';
import { gatewayViews } from './gatewayViews';
import { liveRouteKey, pendingRouteViews } from './pendingRouteViews';

/** Options of {@link createEntityRoutesService}. */
export interface EntityRoutesServiceOptions {
  clusters: ClusterReader[];
  /** Where requested routes wait for review; their routes show as `pending`. */
  gitops?: Pick<GitOpsRepository, 'listPendingChanges'>;
  logger: LoggerService;
  /** How long one cluster may take to answer before its part is reported as an error. */
  clusterTimeoutMs: number;
}

interface ClusterRead {
  name: string;
  status: ClusterStatus;
  objects?: ClusterObjects;
}

/**
 * Reads every cluster at query time, in parallel, each within its own timeout. A cluster that
 * fails or hangs is reported in `clusters` with its error; the others still answer.
 */
export function createEntityRoutesService(
  options: EntityRoutesServiceOptions,
): EntityRoutesService {
  const { clusters, gitops, logger, clusterTimeoutMs } = options;

  function readAll(): Promise<ClusterRead[]> {
    return Promise.all(
      clusters.map(async (cluster): Promise<ClusterRead> => {
        try {
          const objects = await readCluster(cluster, clusterTimeoutMs);
          return {
            name: cluster.name,
            status: { name: cluster.name, state: 'ok' },
            objects,
          };
        } catch (error) {
          const message = (error as Error).message;
          logger.warn(`Could not read cluster ${cluster.name}: ${message}`, {
            cluster: cluster.name,
          });
          return {
            name: cluster.name,
            status: { name: cluster.name, state: 'error', message },
          };
        }
      }),
    );
  }

  async function pendingRoutes(
    entity: Entity,
    reads: ClusterRead[],
  ): Promise<RouteView[]> {
    if (!gitops) return [];
    try {
      const changes = await gitops.listPendingChanges();
      const answered = reads.filter(read => read.objects);
      return pendingRouteViews(changes, {
        entityRef: stringifyEntityRef(entity),
        gateways: new Map(
          answered.map(read => [
            read.name,
            new Map(
              read.objects!.gateways.map(g => [objectKey(g), g] as const),
            ),
          ]),
        ),
        liveRoutes: new Set(
          answered.flatMap(read =>
            read.objects!.routes.map((route: KubernetesObject) =>
              liveRouteKey(read.name, route),
            ),
          ),
        ),
      });
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
      const reads = await readAll();
      const live = reads.flatMap(read =>
        read.objects ? entityRouteViews(read.name, read.objects, selector) : [],
      );
      return {
        routes: [...live, ...(await pendingRoutes(entity, reads))],
        clusters: reads.map(read => read.status),
      };
    },
    async getGateways() {
      const reads = await readAll();
      return {
        gateways: reads.flatMap(read =>
          read.objects ? gatewayViews(read.name, read.objects.gateways) : [],
        ),
        clusters: reads.map(read => read.status),
      };
    },
  };
}
