import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeGatewayApi } from '../semantics/analyzeGatewayApi';
import type { Analysis } from '../semantics/types';
import { analyzeVirtualServices } from '../istio/analyzeVirtualServices';
import { analyzeIngresses } from '../ingress/analyzeIngresses';
import { validateRouteFields } from '../validation/validateRouteFields';

/**
 * Everything Portway can tell about a set of manifests without a cluster: the fields the
 * route CRDs would reject, the Gateway API analysis (conditions, attachedRoutes, conflicts,
 * certificates), and the Istio VirtualService and Ingress checks, their findings in that order.
 *
 * @public
 */
export function analyzeManifests(objects: KubernetesObject[]): Analysis {
  const gatewayApi = analyzeGatewayApi(objects);
  return {
    ...gatewayApi,
    findings: [
      ...objects.flatMap(validateRouteFields),
      ...gatewayApi.findings,
      ...analyzeVirtualServices(objects),
      ...analyzeIngresses(objects),
    ],
  };
}
