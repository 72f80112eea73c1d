import { GATEWAY_API_GROUP } from '../../gatewayApi/parentRefs';
import type { ExposureRequest } from '../../types/exposure';

/*
 * The parts that the Gateway API routes of `http` and `grpc-gateway` share.
 */

/** The parentRef to the request's Gateway (and listener, when one is named). */
export function gatewayParentRef(request: ExposureRequest) {
  const { gateway } = request;
  if (!gateway) {
    throw new Error(
      `A ${request.type} exposure needs a gateway to attach to: validate the request first`,
    );
  }
  return {
    group: GATEWAY_API_GROUP,
    kind: 'Gateway',
    namespace: gateway.namespace,
    name: gateway.name,
    ...(gateway.sectionName !== undefined
      ? { sectionName: gateway.sectionName }
      : {}),
  };
}

/** The backendRef to the request's Service port. */
export function serviceBackendRef(request: ExposureRequest) {
  return {
    kind: 'Service',
    name: request.service.name,
    port: request.service.port,
  };
}
