import { exposureKind } from '../../exposure/exposureKinds';
import type { ExposureRequest } from '../../types/exposure';
import type { Finding } from '../../types/findings';
import { ExposureFindingCodes } from '../../validation/exposureCodes';
import { CheckInput, finding } from './types';

/**
 * Gateway API mesh routes (`grpc-mesh-route`, GAMMA) are experimental and off unless the
 * exposure policy sets `gatewayApiMeshRoutes: true` (`routing.exposure.policy` in the
 * backend, `--policy` for `portway render`): an error without it, and an info note with it.
 */
export function meshRoutesEnabled(
  input: Pick<CheckInput, 'policy'> & {
    request: Pick<ExposureRequest, 'type'>;
  },
): Finding[] {
  if (input.request.type !== 'grpc-mesh-route') return [];
  if (input.policy?.gatewayApiMeshRoutes !== true) {
    return [
      finding(
        'error',
        ExposureFindingCodes.MeshRoutesNotEnabled,
        'type',
        'Gateway API mesh routes (grpc-mesh-route) are experimental and not enabled here: set routing.exposure.policy.gatewayApiMeshRoutes to true, or request grpc-mesh (an Istio VirtualService)',
      ),
    ];
  }
  return [
    finding(
      'info',
      'MeshRoutingExperimental',
      'type',
      `${
        exposureKind('grpc-mesh-route').title
      }: Gateway API mesh routing (GAMMA) is experimental in Portway; the mesh must support GAMMA for GRPCRoutes bound to a Service`,
    ),
  ];
}
