import { useApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type { ListenersResponse } from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import { routingApiRef, type ListenersQuery } from '../api/types';
import type { AsyncAnswer } from './types';

/**
 * Loads the listeners a route of the query's type from the query's cluster and namespace
 * could attach to; asks nothing while the entity or the query is missing.
 */
export function useListeners(
  entity: CompoundEntityRef | undefined,
  query: ListenersQuery | undefined,
): AsyncAnswer<ListenersResponse> {
  const routingApi = useApi(routingApiRef);
  const { value, loading, error } = useAsync(
    async () =>
      entity && query ? routingApi.getListeners(entity, query) : undefined,
    [
      routingApi,
      entity && stringifyEntityRef(entity),
      query?.cluster,
      query?.namespace,
      query?.type,
    ],
  );
  return { value, loading, error };
}
