import type { IGRPCRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRoute';
import type { ExposureRequest } from '../../types/exposure';
import {
  gatewayFindings,
  grpcFindings,
  hostnameFindings,
} from '../../validation/exposureFieldChecks';
import { FieldUse, fieldUseFindings } from '../../validation/fieldUse';
import { exposureObjectMeta } from '../exposureNames';
import { listenerUrls } from '../exposureUrls';
import type { ExposureKind } from '../types';
import { gatewayParentRef, serviceBackendRef } from './gatewayRoute';
import { grpcPath } from './grpcPaths';

const fields: FieldUse = {
  requires: ['hostnames', 'gateway', 'grpc'],
  accepts: [],
};

/**
 * The GRPCRoute of a `grpc-gateway` request: attached to the Gateway listener, answering the
 * hostnames, one rule with an Exact method match per gRPC entry (the whole service when no
 * method is given), and the Service port as its backend.
 */
export function buildGrpcRoute(request: ExposureRequest): IGRPCRoute {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GRPCRoute',
    metadata: exposureObjectMeta(request),
    spec: {
      parentRefs: [gatewayParentRef(request)],
      hostnames: request.hostnames,
      rules: [grpcMethodRule(request)],
    },
  };
}

/** One rule with an Exact method match per gRPC entry, to the Service port. */
export function grpcMethodRule(request: ExposureRequest) {
  return {
    matches: (request.grpc ?? []).map(entry => ({
      method: {
        type: 'Exact' as const,
        service: entry.service,
        ...(entry.method !== undefined ? { method: entry.method } : {}),
      },
    })),
    backendRefs: [serviceBackendRef(request)],
  };
}

/** `grpc-gateway`: a GRPCRoute on a shared Gateway listener. */
export const grpcGatewayExposure: ExposureKind = {
  type: 'grpc-gateway',
  objectKind: 'GRPCRoute',
  title: 'GRPCRoute on a shared Gateway',
  usesGateway: fields.requires.includes('gateway'),
  fields,
  speaksGrpc: true,
  validate: request => [
    ...fieldUseFindings(request, grpcGatewayExposure, fields),
    ...hostnameFindings(request),
    ...grpcFindings(request),
    ...gatewayFindings(request),
  ],
  build: buildGrpcRoute,
  hostnames: request => request.hostnames,
  urls: (request, listener) =>
    listenerUrls(
      request.hostnames,
      (request.grpc ?? []).map(grpcPath),
      listener,
    ),
};
