import { MESH_GATEWAY } from '../istio/gatewayRefs';
import { asArray } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { NoteSink } from './types';

/**
 * Notes for the parts of a mesh VirtualService outside its http routes that a mesh route does
 * not carry: tcp and tls routes, and Istio Gateways it is also bound to.
 */
export function noteVirtualServiceFields(
  vs: KubernetesObject,
  notes: NoteSink,
): void {
  for (const section of ['tcp', 'tls'])
    if (asArray(vs.spec?.[section]).length > 0)
      notes.add(
        'warning',
        `spec.${section}`,
        `not converted: ${section} routes are not part of Gateway API mesh routing (GAMMA covers HTTPRoute and GRPCRoute); keep them in an Istio VirtualService`,
      );
  asArray<string>(vs.spec?.gateways).forEach((gateway, i) => {
    if (gateway !== MESH_GATEWAY)
      notes.add(
        'warning',
        `spec.gateways[${i}]`,
        `not converted: the binding to Istio Gateway ${gateway} (a mesh route is for the sidecars only); route that Gateway's traffic with an HTTPRoute on a Gateway API Gateway, or keep the VirtualService for it`,
      );
  });
}
