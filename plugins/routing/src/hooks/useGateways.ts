import { useApi } from '@backstage/core-plugin-api';
import type { GatewaysResponse } from '@portway/plugin-routing-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { routingApiRef } from '../api/types';

/** What {@link useGateways} returns. */
export interface GatewaysState {
  /** Every Gateway and the cluster states, once loaded. */
  value?: GatewaysResponse;
  loading: boolean;
  error?: Error;
  /** Loads the Gateways again. */
  retry: () => void;
}

/** Loads every Gateway of every cluster from the routing backend. */
export function useGateways(): GatewaysState {
  const routingApi = useApi(routingApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => routingApi.getGateways(),
    [routingApi],
  );
  return { value, loading, error, retry };
}
