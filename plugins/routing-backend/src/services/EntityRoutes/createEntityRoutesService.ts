import type { Entity } from '@backstage/catalog-model';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterStatus } from '@portway/plugin-routing-common';
import type { ClusterReader } from '../../clusters/types';
import type { EntityRoutesService } from './types';
import { ClusterObjects, readCluster } from './readCluster';
import { entitySelector } from './entitySelector';
import { entityRouteViews } from './entityRouteViews';
import { gatewayViews } from './gatewayViews';

/** Options of {@link createEntityRoutesService}. */
export interface EntityRoutesServiceOptions {
  clusters: ClusterReader[];
  logger: LoggerService;
  /** How long one cluster may take to answer before its part is reported as an error. */
  clusterTimeoutMs: number;
}

/**
 * Reads every cluster at query time, in parallel, each within its own timeout. A cluster that
 * fails or hangs is reported in `clusters` with its error; the others still answer.
 */
export function createEntityRoutesService(
  options: EntityRoutesServiceOptions,
): EntityRoutesService {
  const { clusters, logger, clusterTimeoutMs } = options;

  async function eachCluster<T>(
    build: (cluster: string, objects: ClusterObjects) => T[],
  ): Promise<{ items: T[]; clusters: ClusterStatus[] }> {
    const results = await Promise.all(
      clusters.map(async cluster => {
        try {
          const objects = await readCluster(cluster, clusterTimeoutMs);
          const status: ClusterStatus = { name: cluster.name, state: 'ok' };
          return { items: build(cluster.name, objects), status };
        } catch (error) {
          const message = (error as Error).message;
          logger.warn(`Could not read cluster ${cluster.name}: ${message}`, {
            cluster: cluster.name,
          });
          const status: ClusterStatus = {
            name: cluster.name,
            state: 'error',
            message,
          };
          return { items: [] as T[], status };
        }
      }),
    );
    return {
      items: results.flatMap(result => result.items),
      clusters: results.map(result => result.status),
    };
  }

  return {
    async getEntityRoutes(entity: Entity) {
      const selector = entitySelector(entity);
      const { items, clusters: statuses } = await eachCluster(
        (cluster, objects) => entityRouteViews(cluster, objects, selector),
      );
      return { routes: items, clusters: statuses };
    },
    async getGateways() {
      const { items, clusters: statuses } = await eachCluster(
        (cluster, objects) => gatewayViews(cluster, objects.gateways),
      );
      return { gateways: items, clusters: statuses };
    },
  };
}
