import type { IGRPCRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRoute';
import type { ExposureRequest } from '../../types/exposure';
import { grpcFindings } from '../../validation/exposureFieldChecks';
import { FieldUse, fieldUseFindings } from '../../validation/fieldUse';
import { exposureObjectMeta, serviceFqdn } from '../exposureNames';
import type { ExposureKind } from '../types';
import { grpcMethodRule } from './grpcGateway';

/** GRPCRoute (standard channel) has no timeouts or retries to carry a request's. */
const fields: FieldUse = {
  requires: ['grpc'],
  accepts: [],
};

/**
 * The GRPCRoute of a `grpc-mesh-route` request: Gateway API mesh routing (GAMMA, GEP-1294),
 * experimental in Portway. Its parent is the Service itself, on the request's port, and it
 * lives in the Service's namespace, so it is a producer route: it applies to calls from every
 * namespace. One rule with an Exact method match per gRPC entry, to the same Service port.
 */
export function buildMeshGrpcRoute(request: ExposureRequest): IGRPCRoute {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GRPCRoute',
    metadata: exposureObjectMeta(request),
    spec: {
      parentRefs: [
        {
          group: '',
          kind: 'Service',
          name: request.service.name,
          port: request.service.port,
        },
      ],
      rules: [grpcMethodRule(request)],
    },
  };
}

function host(request: ExposureRequest): string {
  return serviceFqdn(request.service.name, request.namespace);
}

/**
 * `grpc-mesh-route`: a GRPCRoute bound to the Service (Gateway API mesh routing, experimental),
 * offered only where `routing.exposure.policy.gatewayApiMeshRoutes` is true.
 */
export const grpcMeshRouteExposure: ExposureKind = {
  type: 'grpc-mesh-route',
  objectKind: 'GRPCRoute',
  title: 'GRPCRoute bound to the Service in the mesh (experimental)',
  usesGateway: fields.requires.includes('gateway'),
  fields,
  speaksGrpc: true,
  validate: request => [
    ...fieldUseFindings(request, grpcMeshRouteExposure, fields),
    ...grpcFindings(request),
  ],
  build: buildMeshGrpcRoute,
  hostnames: request => [host(request)],
  urls: request => [`grpc://${host(request)}:${request.service.port}`],
};
