import type { ObjectMeta } from '../kubernetes/objects';
import { portwayMetadata } from '../manifests/labels';
import type { ExposureRequest } from '../types/exposure';

/**
 * The DNS domain of the clusters' Services.
 *
 * @public
 */
export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * The name of the object (route, VirtualService, Ingress) an exposure request creates.
 *
 * @public
 */
export function exposureRouteName(request: ExposureRequest): string {
  return request.name ?? request.service.name;
}

/**
 * The metadata of the object a request creates: its name and namespace, Portway's labels.
 *
 * @public
 */
export function exposureObjectMeta(
  request: ExposureRequest,
): Required<Pick<ObjectMeta, 'name' | 'namespace' | 'labels' | 'annotations'>> {
  return {
    name: exposureRouteName(request),
    namespace: request.namespace,
    ...portwayMetadata(request.entityRef),
  };
}

/**
 * A Service's cluster FQDN, the host the mesh knows it by: `cart.shop.svc.cluster.local`.
 *
 * @public
 */
export function serviceFqdn(
  service: string,
  namespace: string,
  clusterDomain: string = CLUSTER_DOMAIN,
): string {
  return `${service}.${namespace}.svc.${clusterDomain}`;
}
