import { useApi } from '@backstage/core-plugin-api';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import {
  entityRoutesChannel,
  type EntityRoutesResponse,
} from '@portway/plugin-routing-common';
import { routingApiRef } from '../api/types';
import { useLiveAnswer, type LiveAnswerOptions } from './useLiveAnswer';

/** What {@link useEntityRoutes} returns. */
export interface EntityRoutesState {
  /** The routes and cluster states, once loaded; the last ones while newer are asked for. */
  value?: EntityRoutesResponse;
  /** True only until the entity's first answer. */
  loading: boolean;
  error?: Error;
  /** Loads the routes again. */
  retry: () => void;
}

/**
 * Loads the routes of an entity from the routing backend and follows them: again on each
 * signal of a change, or by asking every few seconds in an app without signals.
 */
export function useEntityRoutes(
  entity: Entity,
  options?: LiveAnswerOptions,
): EntityRoutesState {
  const routingApi = useApi(routingApiRef);
  const entityRef = getCompoundEntityRef(entity);
  return useLiveAnswer(
    entityRoutesChannel(stringifyEntityRef(entity)),
    () => routingApi.getEntityRoutes(entityRef),
    options,
  );
}
