import type { KubernetesObject } from '../kubernetes/objects';
import {
  describeObject,
  LEGACY_INGRESS_CLASS_ANNOTATION,
} from '../ingress/model';
import type { MigrationNote } from './types';

const NGINX = 'nginx.ingress.kubernetes.io/';

/** Hints for common ingress-nginx annotations, by name without prefix (`*` ends a prefix). */
const NGINX_HINTS: Array<[string, string]> = [
  ['rewrite-target', 'use an HTTPRoute URLRewrite filter'],
  ['ssl-redirect', 'use an HTTPRoute RequestRedirect filter (scheme: https)'],
  [
    'force-ssl-redirect',
    'use an HTTPRoute RequestRedirect filter (scheme: https)',
  ],
  [
    'backend-protocol',
    'use a BackendTLSPolicy for HTTPS backends, or a GRPCRoute for GRPC',
  ],
  [
    'proxy-body-size',
    'Gateway API has no request size limit; use your implementation policy',
  ],
  [
    'whitelist-source-range',
    'Gateway API has no source IP allow-list; use your implementation policy or a NetworkPolicy',
  ],
  [
    'auth-*',
    'Gateway API has no authentication; use your implementation auth policy or filter',
  ],
  ['canary*', 'use weighted backendRefs or header matches on the HTTPRoute'],
];

/** The migration hint for one annotation: specific for common nginx ones, generic otherwise. */
export function annotationHint(key: string): string {
  if (key.startsWith(NGINX)) {
    const name = key.slice(NGINX.length);
    const hint = NGINX_HINTS.find(([pattern]) =>
      pattern.endsWith('*')
        ? name.startsWith(pattern.slice(0, -1))
        : name === pattern,
    );
    if (hint) return `not carried over: ${hint[1]}`;
  }
  return 'not carried over: Gateway API has no equivalent annotation; check your implementation policies';
}

/**
 * One note per Ingress annotation: none is carried to the HTTPRoute, except the legacy
 * ingress class annotation, which selects the Gateway.
 */
export function annotationNotes(ingress: KubernetesObject): MigrationNote[] {
  const object = describeObject(ingress);
  return Object.keys(ingress.metadata?.annotations ?? {})
    .filter(key => key !== LEGACY_INGRESS_CLASS_ANNOTATION)
    .map(key => ({
      object,
      field: `metadata.annotations["${key}"]`,
      message: `${key}: ${annotationHint(key)}`,
    }));
}
