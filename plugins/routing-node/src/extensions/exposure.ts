import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { ExposureRequest, Finding } from '@portway/plugin-routing-common';

/**
 * A rule of an organisation's own for exposure requests. The routing backend runs it in every
 * preflight it answers (`POST /exposure/preflight`, which the form's check and the scaffolder
 * actions call, and `POST /exposure/requests`), once Portway's own checks found no error: a
 * check sees only requests that are valid, for an entity in the catalog, and whose Service,
 * listener and hostnames passed. The offline CLI (`portway render`) does not run it.
 *
 * @public
 */
export interface ExposurePolicyCheck {
  /** Names the check in logs and in the `PolicyCheckFailed` finding when the check throws. */
  name: string;
  /**
   * The findings of the check for a request of `entity`, with codes of the check's own (say
   * `CostCenterMissing`); none when the request passes. An error finding refuses the request
   * (no files, and `POST /exposure/requests` answers 400). A check that throws gives one error
   * finding `PolicyCheckFailed` naming it, never a 500.
   */
  check(input: {
    request: ExposureRequest;
    entity: Entity;
  }): Promise<Finding[]> | Finding[];
}

/**
 * Adds policy checks to exposure requests.
 *
 * @public
 */
export interface RoutingExposureExtensionPoint {
  /**
   * Adds a check. Checks run side by side; their findings follow Portway's own, in the order
   * the checks were added.
   */
  addPolicyCheck(check: ExposurePolicyCheck): void;
}

/**
 * The extension point for exposure requests of the routing backend plugin.
 *
 * @public
 */
export const routingExposureExtensionPoint =
  createExtensionPoint<RoutingExposureExtensionPoint>({
    id: 'routing.exposure',
  });
