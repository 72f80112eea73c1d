import type { IHTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { ExposureRequest } from '../types/exposure';
import { portwayMetadata } from './labels';

/** The name of the route an exposure request creates. */
export function exposureRouteName(request: ExposureRequest): string {
  return request.name ?? request.service.name;
}

/**
 * Builds the HTTPRoute for an `http` exposure request: attached to the named Gateway listener,
 * matching the requested hostnames and paths, sending everything to the Service port.
 */
export function buildHttpRoute(request: ExposureRequest): IHTTPRoute {
  if (!request.gateway) {
    throw new Error('An HTTP exposure needs a gateway to attach to');
  }
  const { gateway } = request;
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: exposureRouteName(request),
      namespace: request.namespace,
      ...portwayMetadata(request.entityRef),
    },
    spec: {
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace: gateway.namespace,
          name: gateway.name,
          ...(gateway.sectionName ? { sectionName: gateway.sectionName } : {}),
        },
      ],
      hostnames: request.hostnames,
      rules: [
        {
          matches: request.paths.map(path => ({
            path: { type: path.type, value: path.value },
          })),
          backendRefs: [
            {
              kind: 'Service',
              name: request.service.name,
              port: request.service.port,
            },
          ],
        },
      ],
    },
  };
}
