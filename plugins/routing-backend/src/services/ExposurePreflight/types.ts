import type { Entity } from '@backstage/catalog-model';
import type {
  ExposureRequest,
  RenderResult,
} from '@portway/plugin-routing-common';

/** Checks exposure requests before they become pull requests. */
export interface ExposurePreflightService {
  /**
   * The findings and files of a request for `entity`: against the live clusters, the entity's
   * ownership of the Service and the GitOps folder when the request passes its own rules, else
   * those rules' findings only; then, when nothing found an error, the organisation's policy
   * checks (routingExposureExtensionPoint). `entity` undefined: the catalog has no entity the
   * request's entityRef names (an EntityNotFound error).
   */
  preflight(
    request: ExposureRequest,
    entity: Entity | undefined,
  ): Promise<RenderResult>;
}
