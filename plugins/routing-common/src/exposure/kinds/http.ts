import type { IHTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import type { ExposureRequest } from '../../types/exposure';
import {
  gatewayFindings,
  headerFindings,
  hostnameFindings,
  pathFindings,
  routeTimeoutFindings,
} from '../../validation/exposureFieldChecks';
import { FieldUse, fieldUseFindings } from '../../validation/fieldUse';
import { exposureObjectMeta } from '../exposureNames';
import { listenerUrls } from '../exposureUrls';
import type { ExposureKind } from '../types';
import { gatewayParentRef, serviceBackendRef } from './gatewayRoute';

const fields: FieldUse = {
  requires: ['hostnames', 'paths', 'gateway'],
  accepts: ['headers', 'timeout'],
};

/**
 * The HTTPRoute of an `http` request: attached to the Gateway listener, answering the hostnames,
 * one rule whose matches are the paths (each ANDed with every header match, exact values), the
 * optional request timeout, and the Service port as its backend.
 */
export function buildHttpRoute(request: ExposureRequest): IHTTPRoute {
  const headers = (request.headers ?? []).map(header => ({
    type: 'Exact' as const,
    name: header.name,
    value: header.value,
  }));
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: exposureObjectMeta(request),
    spec: {
      parentRefs: [gatewayParentRef(request)],
      hostnames: request.hostnames,
      rules: [
        {
          matches: request.paths.map(path => ({
            path: { type: path.type, value: path.value },
            ...(headers.length > 0 ? { headers } : {}),
          })),
          ...(request.timeout !== undefined
            ? { timeouts: { request: request.timeout } }
            : {}),
          backendRefs: [serviceBackendRef(request)],
        },
      ],
    },
  };
}

/** `http`: an HTTPRoute on a shared Gateway listener. */
export const httpExposure: ExposureKind = {
  type: 'http',
  objectKind: 'HTTPRoute',
  title: 'HTTPRoute on a shared Gateway',
  usesGateway: fields.requires.includes('gateway'),
  fields,
  speaksGrpc: false,
  validate: request => [
    ...fieldUseFindings(request, httpExposure, fields),
    ...hostnameFindings(request),
    ...pathFindings(request),
    ...headerFindings(request),
    ...routeTimeoutFindings(request),
    ...gatewayFindings(request),
  ],
  build: buildHttpRoute,
  hostnames: request => request.hostnames,
  urls: (request, listener) =>
    listenerUrls(
      request.hostnames,
      request.paths.map(path => path.value),
      listener,
    ),
};
