import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  ExposureRequest,
  RenderResult,
} from '@portway/plugin-routing-common';

/** What the scaffolder actions ask of the routing backend (`/api/routing`). */
export interface RoutingBackendClient {
  /**
   * `POST /exposure/preflight`: the request checked against the live cluster, the entity's
   * ownership and the GitOps folder, on behalf of the credentials. The files are what the change
   * will commit (kustomization.yaml merged); none when a finding is an error.
   */
  preflight(
    request: ExposureRequest,
    credentials: BackstageCredentials,
  ): Promise<RenderResult>;
}
