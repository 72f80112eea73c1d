import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CreateExposureRequestResponse,
  ExposureChange,
  ExposureRequest,
  ExposureRequestRecord,
  IngressMigrationPreview,
  IngressMigrationRequest,
  IngressRemovalPreview,
  IngressRemovalRequest,
  RenderResult,
  VirtualServiceConversionPreview,
  VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';

/**
 * The routing backend's exposure endpoints (`/api/routing`), for other plugins and modules (the
 * scaffolder actions use it). Each call is made on behalf of the credentials given (a task's
 * initiator, a request's user), so the routing backend checks their permissions. A refusal is
 * thrown as the routing backend's own error (its name: NotAllowedError, InputError,
 * NotFoundError, ConflictError).
 *
 * @public
 */
export interface ExposureService {
  /**
   * `POST /exposure/preflight`: the request checked against the live cluster, the entity's
   * ownership and the GitOps folder. The files are what the change will commit
   * (kustomization.yaml merged); none when a finding is an error.
   */
  preflight(
    request: ExposureRequest,
    credentials: BackstageCredentials,
  ): Promise<RenderResult>;
  /**
   * `POST /exposure/requests`: records the request (state `requested`) and reserves its
   * hostnames. InputError (preflight errors, 400) or ConflictError (a hostname held by another
   * request or route, 409) whose message lists every error finding.
   */
  createRequest(
    request: ExposureRequest,
    credentials: BackstageCredentials,
  ): Promise<CreateExposureRequestResponse>;
  /** `POST /exposure/requests/{id}/change`: records the change opened for it (state `open`). */
  recordChange(
    id: string,
    change: ExposureChange,
    credentials: BackstageCredentials,
  ): Promise<ExposureRequestRecord>;
  /**
   * `POST /exposure/requests/{id}/release`: its change could not be opened; the request fails
   * with the reason and its hostnames are released.
   */
  release(
    id: string,
    reason: string,
    credentials: BackstageCredentials,
  ): Promise<ExposureRequestRecord>;
  /**
   * `POST /ingress-migrations/preflight`: the routes the converter makes of the Ingresses,
   * attached to the request's listener, checked against the live cluster and the GitOps folder,
   * with the notes, the report (the pull request body), the branch and the title. The files are
   * what the change will commit; none when a finding is an error.
   */
  previewIngressMigration(
    request: IngressMigrationRequest,
    credentials: BackstageCredentials,
  ): Promise<IngressMigrationPreview>;
  /**
   * `POST /virtual-service-conversions/preflight`: the mesh routes (experimental) the converter
   * makes of the entity's mesh VirtualServices the request selects, with their files in the
   * entity's GitOps folders, the notes, the report, the branch and the title; no files when a
   * finding is an error.
   */
  previewVirtualServiceConversion(
    request: VirtualServiceConversionRequest,
    credentials: BackstageCredentials,
  ): Promise<VirtualServiceConversionPreview>;
  /**
   * `POST /ingress-removals/preflight`: what removing the Ingresses changes in the GitOps
   * folder (kustomization.yaml in `files`, the Ingress manifests in `deletedFiles`), refused with
   * error findings while their routes are not live.
   */
  previewIngressRemoval(
    request: IngressRemovalRequest,
    credentials: BackstageCredentials,
  ): Promise<IngressRemovalPreview>;
}
