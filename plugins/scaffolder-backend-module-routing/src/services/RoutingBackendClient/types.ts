import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CreateExposureRequestResponse,
  ExposureChange,
  ExposureRequest,
  ExposureRequestRecord,
  RenderResult,
} from '@portway/plugin-routing-common';

/**
 * What the scaffolder actions ask of the routing backend (`/api/routing`), each call on behalf
 * of the credentials (the task's initiator). A refusal is thrown as the routing backend's own
 * error (its name: NotAllowedError, InputError, NotFoundError, ConflictError).
 */
export interface RoutingBackendClient {
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
}
