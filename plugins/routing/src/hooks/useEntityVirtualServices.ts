import { useApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type {
  ClusterStatus,
  RouteView,
  VirtualServiceDetails,
} from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import { routingApiRef } from '../api/types';
import type { AsyncAnswer } from './types';

/** A VirtualService of the live cluster, as the Routing tab sees it. */
export type LiveVirtualService = RouteView & {
  virtualService: VirtualServiceDetails;
};

/** What {@link useEntityVirtualServices} loads. */
export interface EntityVirtualServices {
  virtualServices: LiveVirtualService[];
  clusters: ClusterStatus[];
}

/** Whether a route is a VirtualService in a live cluster (not one waiting for review in GitOps). */
function isLiveVirtualService(route: RouteView): route is LiveVirtualService {
  return (
    route.virtualService !== undefined && route.pendingChange === undefined
  );
}

/**
 * Loads the entity's VirtualServices in every cluster, each with its hosts, gateways and
 * matches, from the answer the Routing tab shows; asks nothing while no entity is chosen.
 */
export function useEntityVirtualServices(
  entity: CompoundEntityRef | undefined,
): AsyncAnswer<EntityVirtualServices> {
  const routingApi = useApi(routingApiRef);
  const key = entity && stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    if (!entity) return undefined;
    const { routes, clusters } = await routingApi.getEntityRoutes(entity);
    return { virtualServices: routes.filter(isLiveVirtualService), clusters };
  }, [routingApi, key]);
  return { value, loading, error };
}
