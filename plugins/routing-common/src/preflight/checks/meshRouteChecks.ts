import { serviceFqdn } from '../../exposure/exposureNames';
import { describeObject } from '../../kubernetes/objectFields';
import type { Finding } from '../../types/findings';
import { sameHostVirtualServices } from './meshChecks';
import { CheckInput, finding } from './types';

/**
 * A Gateway API mesh route for a Service that a mesh VirtualService already routes: callers get
 * one or the other set of rules depending on the mesh, so it is a warning naming the
 * VirtualService, to convert and remove it in the same change.
 */
export function meshRouteChecks(input: CheckInput): Finding[] {
  const { request } = input;
  const fqdn = serviceFqdn(request.service.name, request.namespace);
  return [...sameHostVirtualServices(input, fqdn).values()].map(vs =>
    finding(
      'warning',
      'ServiceClaimedByVirtualService',
      'service.name',
      `${describeObject(
        vs,
      )} already routes ${fqdn} in the mesh; with a GRPCRoute bound to the same Service, which rules callers get depends on the mesh: convert the VirtualService (portway convert-mesh) and remove it in the same change`,
    ),
  );
}
