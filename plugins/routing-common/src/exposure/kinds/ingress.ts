import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { ExposureRequest } from '../../types/exposure';
import {
  hostnameFindings,
  ingressFindings,
  pathFindings,
} from '../../validation/exposureFieldChecks';
import { FieldUse, fieldUseFindings } from '../../validation/fieldUse';
import { exposureObjectMeta } from '../exposureNames';
import { hostUrls } from '../exposureUrls';
import type { ExposureKind } from '../types';

const fields: FieldUse = {
  requires: ['hostnames', 'paths', 'ingressClassName'],
  accepts: ['tls'],
};

const PATH_TYPES = { PathPrefix: 'Prefix', Exact: 'Exact' } as const;

/**
 * The Ingress of an `ingress` request: its IngressClass, one rule per hostname with every path
 * (PathPrefix as pathType Prefix, Exact as Exact) to the Service port, and TLS for every
 * hostname from the Secret when one is named.
 */
export function buildIngress(request: ExposureRequest): IIngress {
  const { tls } = request;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: exposureObjectMeta(request),
    spec: {
      ingressClassName: request.ingressClassName,
      rules: request.hostnames.map(hostname => ({
        host: hostname,
        http: {
          paths: request.paths.map(path => ({
            path: path.value,
            pathType: PATH_TYPES[path.type],
            backend: {
              service: {
                name: request.service.name,
                port: { number: request.service.port },
              },
            },
          })),
        },
      })),
      ...(tls !== undefined
        ? {
            tls: [
              { hosts: [...request.hostnames], secretName: tls.secretName },
            ],
          }
        : {}),
    },
  };
}

/** `ingress`: a classic Ingress, for services run by an outside vendor. */
export const ingressExposure: ExposureKind = {
  type: 'ingress',
  objectKind: 'Ingress',
  title: 'Ingress of an IngressClass',
  usesGateway: fields.requires.includes('gateway'),
  fields,
  speaksGrpc: false,
  validate: request => [
    ...fieldUseFindings(request, ingressExposure, fields),
    ...hostnameFindings(request),
    ...pathFindings(request),
    ...ingressFindings(request),
  ],
  build: buildIngress,
  hostnames: request => request.hostnames,
  urls: request =>
    hostUrls(
      request.hostnames,
      request.paths.map(path => path.value),
      request.tls ? 'https' : 'http',
    ),
};
