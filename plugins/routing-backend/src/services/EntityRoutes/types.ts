import type { Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';

/** Answers how entities are reachable, across every configured cluster. */
export interface EntityRoutesService {
  /** Every route of the entity in every cluster; a failing cluster is reported, not thrown. */
  getEntityRoutes(entity: Entity): Promise<EntityRoutesResponse>;
}
