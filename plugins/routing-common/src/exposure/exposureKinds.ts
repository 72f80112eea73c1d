import { ExposureType, exposureTypes } from '../types/exposure';
import { grpcGatewayExposure } from './kinds/grpcGateway';
import { grpcMeshExposure } from './kinds/grpcMesh';
import { grpcMeshRouteExposure } from './kinds/grpcMeshRoute';
import { httpExposure } from './kinds/http';
import { ingressExposure } from './kinds/ingress';
import type { ExposureKind } from './types';

const byType: Record<ExposureType, ExposureKind> = {
  http: httpExposure,
  'grpc-mesh': grpcMeshExposure,
  'grpc-mesh-route': grpcMeshRouteExposure,
  'grpc-gateway': grpcGatewayExposure,
  ingress: ingressExposure,
};

/**
 * Every exposure type's module, in the order of `exposureTypes`.
 *
 * @public
 */
export const exposureKinds: ExposureKind[] = exposureTypes.map(
  type => byType[type],
);

/**
 * The module of one exposure type: its fields, checks, object, hostnames and URLs.
 *
 * @public
 */
export function exposureKind(type: ExposureType): ExposureKind {
  return byType[type];
}
