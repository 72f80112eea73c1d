import type { Entity } from '@backstage/catalog-model';
import type {
  IngressMigrationPreview,
  IngressMigrationRequest,
  IngressRemovalPreview,
  IngressRemovalRequest,
} from '@portway/plugin-routing-common';

/** Checks moves of an entity's Ingresses to the Gateway API, and their removal, before they become pull requests. */
export interface IngressMigrationService {
  /**
   * The routes the converter makes of the request's Ingresses, their notes and report, checked
   * against the live clusters, the entity's ownership and the GitOps folder. `entity`
   * undefined: the catalog has no entity the request's entityRef names (an EntityNotFound
   * error beside the request's own findings).
   */
  preflightMigration(
    request: IngressMigrationRequest,
    entity: Entity | undefined,
  ): Promise<IngressMigrationPreview>;
  /**
   * The Ingress manifests a removal deletes, refused while an Ingress's migration is not
   * complete as the Routing tab shows it (pending routes included). `entity` undefined: as for
   * {@link IngressMigrationService.preflightMigration}.
   */
  preflightRemoval(
    request: IngressRemovalRequest,
    entity: Entity | undefined,
  ): Promise<IngressRemovalPreview>;
}
