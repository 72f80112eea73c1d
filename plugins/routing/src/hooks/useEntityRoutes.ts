import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef, type Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { routingApiRef } from '../api/types';

/** What {@link useEntityRoutes} returns. */
export interface EntityRoutesState {
  /** The routes and cluster states, once loaded. */
  value?: EntityRoutesResponse;
  loading: boolean;
  error?: Error;
  /** Loads the routes again. */
  retry: () => void;
}

/** Loads the routes of an entity from the routing backend. */
export function useEntityRoutes(entity: Entity): EntityRoutesState {
  const routingApi = useApi(routingApiRef);
  const { namespace, kind, name } = getCompoundEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => routingApi.getEntityRoutes({ namespace, kind, name }),
    [routingApi, namespace, kind, name],
  );
  return { value, loading, error, retry };
}
