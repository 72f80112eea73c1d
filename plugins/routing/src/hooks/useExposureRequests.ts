import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef, type Entity } from '@backstage/catalog-model';
import type { ExposureRequestsResponse } from '@portway/plugin-routing-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { routingApiRef } from '../api/types';
import type { AsyncAnswer } from './types';

/** What {@link useExposureRequests} returns. */
export interface ExposureRequestsState
  extends AsyncAnswer<ExposureRequestsResponse> {
  /** Loads the requests again (the last answer stays in `value` meanwhile). */
  retry: () => void;
}

/** Loads the exposure requests recorded for an entity, newest first. */
export function useExposureRequests(entity: Entity): ExposureRequestsState {
  const routingApi = useApi(routingApiRef);
  const { namespace, kind, name } = getCompoundEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => routingApi.listExposureRequests({ namespace, kind, name }),
    [routingApi, namespace, kind, name],
  );
  return { value, loading, error, retry };
}
