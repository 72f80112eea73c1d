import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  EntityRoutesResponse,
  GatewaysResponse,
} from '@portway/plugin-routing-common';

/**
 * The Portway routing backend, as the frontend sees it.
 *
 * @public
 */
export interface RoutingApi {
  /**
   * Every route that makes the entity reachable, across all clusters, with
   * the state of each cluster so that one broken cluster does not hide the others.
   */
  getEntityRoutes(entityRef: CompoundEntityRef): Promise<EntityRoutesResponse>;

  /** Every Gateway in every cluster, with its listeners. */
  getGateways(): Promise<GatewaysResponse>;
}

/**
 * The reference to the {@link RoutingApi}.
 *
 * @public
 */
export const routingApiRef = createApiRef<RoutingApi>({
  id: 'plugin.routing.service',
});
