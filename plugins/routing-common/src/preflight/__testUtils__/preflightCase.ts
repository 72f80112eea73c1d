import {
  cartGatewayExposureRequest,
  cartMeshExposureRequest,
  storefrontExposureRequest,
} from '../../testUtils';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import type { ExposureRequestInput } from '../../types/exposure';
import type { PreflightContext } from '../types';
import { preflightExposure } from '../preflightExposure';
import { ownedBy, testCluster } from './testCluster';

/** One request of each type that the test cluster accepts. */
export const http: ExposureRequestInput = storefrontExposureRequest;
export const grpcMesh: ExposureRequestInput = cartMeshExposureRequest;
export const grpcGateway: ExposureRequestInput = {
  ...cartGatewayExposureRequest,
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};
export const ingress: ExposureRequestInput = {
  ...http,
  type: 'ingress',
  gateway: undefined,
  ingressClassName: 'nginx',
};

/** The preflight of a request; by default against the test cluster, owned by the entity's name. */
export function preflight(
  request: ExposureRequestInput,
  context: PreflightContext = {
    clusters: [testCluster()],
    ownsService: ownedBy(
      request.entityRef.slice(request.entityRef.lastIndexOf('/') + 1),
    ),
  },
) {
  return preflightExposure(parseExposureRequest(request), context);
}

/** The findings as `severity code field`, for compact expectations. */
export const codes = (result: ReturnType<typeof preflight>) =>
  result.findings.map(f => `${f.severity} ${f.code} ${f.field ?? '-'}`);
