import type { ObjectMeta } from '../../kubernetes/objects';
import type { ExposureRequest } from '../../types/exposure';
import {
  grpcFindings,
  meshRouteFindings,
} from '../../validation/exposureFieldChecks';
import { FieldUse, fieldUseFindings } from '../../validation/fieldUse';
import { exposureObjectMeta, serviceFqdn } from '../exposureNames';
import type { ExposureKind } from '../types';
import { grpcPath } from './grpcPaths';

/** The mesh's reserved gateway name: the VirtualService applies to the sidecars. */
const MESH_GATEWAY = 'mesh';

/** An Istio HTTPRoute of a mesh VirtualService, as Portway writes it. */
export interface MeshHttpRoute {
  match: Array<{ uri: { prefix: string } | { exact: string } }>;
  route: Array<{ destination: { host: string; port: { number: number } } }>;
  timeout?: string;
  retries?: { attempts: number; perTryTimeout?: string; retryOn?: string };
}

/** The parts of an Istio `networking.istio.io/v1` VirtualService that Portway writes. */
export interface MeshVirtualService {
  apiVersion: 'networking.istio.io/v1';
  kind: 'VirtualService';
  metadata: ObjectMeta;
  spec: { hosts: string[]; gateways: string[]; http: MeshHttpRoute[] };
}

const fields: FieldUse = {
  requires: ['grpc'],
  accepts: ['timeout', 'retries'],
};

function host(request: ExposureRequest): string {
  return serviceFqdn(request.service.name, request.namespace);
}

/**
 * The VirtualService of a `grpc-mesh` request: bound to `mesh`, its host the Service's cluster
 * FQDN, one HTTP route per gRPC entry (a prefix match on `/<service>/`, an exact match on
 * `/<service>/<method>` when a method is given) to the Service port, each with the optional
 * timeout and retries.
 */
export function buildMeshVirtualService(
  request: ExposureRequest,
): MeshVirtualService {
  const fqdn = host(request);
  const { timeout, retries } = request;
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: exposureObjectMeta(request),
    spec: {
      hosts: [fqdn],
      gateways: [MESH_GATEWAY],
      http: (request.grpc ?? []).map(entry => ({
        match: [
          {
            uri:
              entry.method !== undefined
                ? { exact: grpcPath(entry) }
                : { prefix: grpcPath(entry) },
          },
        ],
        route: [
          {
            destination: {
              host: fqdn,
              port: { number: request.service.port },
            },
          },
        ],
        ...(timeout !== undefined ? { timeout } : {}),
        ...(retries !== undefined ? { retries: { ...retries } } : {}),
      })),
    },
  };
}

/** `grpc-mesh`: an Istio VirtualService for gRPC between services in the mesh. */
export const grpcMeshExposure: ExposureKind = {
  type: 'grpc-mesh',
  objectKind: 'VirtualService',
  title: 'Istio VirtualService in the mesh',
  usesGateway: fields.requires.includes('gateway'),
  fields,
  speaksGrpc: true,
  validate: request => [
    ...fieldUseFindings(request, grpcMeshExposure, fields),
    ...grpcFindings(request),
    ...meshRouteFindings(request),
  ],
  build: buildMeshVirtualService,
  hostnames: request => [host(request)],
  urls: request => [`grpc://${host(request)}:${request.service.port}`],
};
