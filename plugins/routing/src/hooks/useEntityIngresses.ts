import { useApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type {
  ClusterStatus,
  IngressDetails,
  RouteView,
} from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import { routingApiRef } from '../api/types';
import type { AsyncAnswer } from './types';

/** An Ingress of the live cluster, as the Routing tab sees it. */
export type LiveIngress = RouteView & { ingress: IngressDetails };

/** What {@link useEntityIngresses} loads. */
export interface EntityIngresses {
  ingresses: LiveIngress[];
  clusters: ClusterStatus[];
}

/** Whether a route is an Ingress in a live cluster (not one waiting for review in GitOps). */
function isLiveIngress(route: RouteView): route is LiveIngress {
  return route.ingress !== undefined && route.pendingChange === undefined;
}

/**
 * Loads the entity's Ingresses in every cluster, each with its class, hosts and migration
 * state, from the answer the Routing tab shows; asks nothing while no entity is chosen.
 */
export function useEntityIngresses(
  entity: CompoundEntityRef | undefined,
): AsyncAnswer<EntityIngresses> {
  const routingApi = useApi(routingApiRef);
  const key = entity && stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    if (!entity) return undefined;
    const { routes, clusters } = await routingApi.getEntityRoutes(entity);
    return { ingresses: routes.filter(isLiveIngress), clusters };
  }, [routingApi, key]);
  return { value, loading, error };
}
