import type { Entity } from '@backstage/catalog-model';
import type {
  VirtualServiceConversionPreview,
  VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';

/** Checks conversions of an entity's mesh VirtualServices to Gateway API mesh routes before they become pull requests. */
export interface MeshMigrationService {
  /**
   * The mesh routes the converter makes of the entity's VirtualServices the request selects,
   * with their files in the entity's GitOps folders, the converter's notes and the report.
   * `entity` undefined: the catalog has no entity the request's entityRef names (EntityNotFound).
   */
  preflightConversion(
    request: VirtualServiceConversionRequest,
    entity: Entity | undefined,
  ): Promise<VirtualServiceConversionPreview>;
}
