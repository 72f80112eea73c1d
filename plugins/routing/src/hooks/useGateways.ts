import { useApi } from '@backstage/core-plugin-api';
import {
  GATEWAYS_CHANNEL,
  type GatewaysResponse,
} from '@portway/plugin-routing-common';
import { routingApiRef } from '../api/types';
import { useLiveAnswer, type LiveAnswerOptions } from './useLiveAnswer';

/** What {@link useGateways} returns. */
export interface GatewaysState {
  /** Every Gateway and the cluster states, once loaded; the last ones while newer are asked for. */
  value?: GatewaysResponse;
  /** True only until the first answer. */
  loading: boolean;
  error?: Error;
  /** Loads the Gateways again. */
  retry: () => void;
}

/**
 * Loads every Gateway of every cluster from the routing backend and follows them: again on
 * each signal of a change, or by asking every few seconds in an app without signals.
 */
export function useGateways(options?: LiveAnswerOptions): GatewaysState {
  const routingApi = useApi(routingApiRef);
  return useLiveAnswer(
    GATEWAYS_CHANNEL,
    () => routingApi.getGateways(),
    options,
  );
}
