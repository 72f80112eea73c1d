import type { Entity } from '@backstage/catalog-model';
import type {
  EntityRoutesResponse,
  GatewaysResponse,
} from '@portway/plugin-routing-common';

/**
 * Tells open pages when the answers they show change: it follows the entities (and the
 * gateways page) answered recently, and when a cluster's cache changes it recomputes their
 * answers from the caches and sends a Backstage signal for each answer that changed.
 */
export interface RoutingUpdatesService {
  /** The entity's routes were just answered: follow them for a while. */
  entityAnswered(entity: Entity, answer: EntityRoutesResponse): void;
  /** The gateways were just answered: follow them for a while. */
  gatewaysAnswered(answer: GatewaysResponse): void;
  /** Stops listening to the caches and drops pending work. */
  stop(): void;
}
