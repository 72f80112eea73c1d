import { useApi } from '@backstage/core-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type { IngressClassesResponse } from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import { routingApiRef } from '../api/types';
import type { AsyncAnswer } from './types';

/** Loads the IngressClasses of one cluster; asks nothing while the entity or cluster is missing. */
export function useIngressClasses(
  entity: CompoundEntityRef | undefined,
  cluster: string | undefined,
): AsyncAnswer<IngressClassesResponse> {
  const routingApi = useApi(routingApiRef);
  const { value, loading, error } = useAsync(
    async () =>
      entity && cluster
        ? routingApi.getIngressClasses(entity, { cluster })
        : undefined,
    [routingApi, entity && stringifyEntityRef(entity), cluster],
  );
  return { value, loading, error };
}
