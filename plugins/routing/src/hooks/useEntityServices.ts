import { useApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type { EntityServicesResponse } from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import { routingApiRef } from '../api/types';
import type { AsyncAnswer } from './types';

/** Loads the entity's Services in every cluster; asks nothing while no entity is chosen. */
export function useEntityServices(
  entity: CompoundEntityRef | undefined,
): AsyncAnswer<EntityServicesResponse> {
  const routingApi = useApi(routingApiRef);
  const key = entity && stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    async () => (entity ? routingApi.getEntityServices(entity) : undefined),
    [routingApi, key],
  );
  return { value, loading, error };
}
