import { asArray } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import { BACKEND_PROTOCOL } from '../migrate/backendProtocol';
import type { IngressPath } from './ingressPathCoverage';

/** One host of an Ingress and the paths its rules give it. */
export interface IngressHostPaths {
  hostname: string;
  paths: IngressPath[];
}

/** backend-protocol GRPC or GRPCS (any case): the converter makes GRPCRoutes of it. */
function speaksGrpc(ingress: KubernetesObject): boolean {
  const protocol = ingress.metadata?.annotations?.[BACKEND_PROTOCOL] ?? '';
  return ['GRPC', 'GRPCS'].includes(protocol.trim().toUpperCase());
}

/**
 * The hosts of an Ingress's rules, in order, each with the paths of every rule for it, once
 * each by (pathType, path). A rule without `http` sends its host to the defaultBackend: that
 * is Prefix `/`. Rules without host are left out: no route can be looked up for them.
 */
export function ingressHostPaths(
  ingress: KubernetesObject,
): IngressHostPaths[] {
  const grpc = speaksGrpc(ingress);
  const hosts = new Map<string, Map<string, IngressPath>>();
  for (const rule of asArray(ingress.spec?.rules)) {
    if (!rule?.host) continue;
    const paths = hosts.get(rule.host) ?? new Map<string, IngressPath>();
    hosts.set(rule.host, paths);
    const entries = rule.http
      ? asArray(rule.http.paths)
      : [{ pathType: 'Prefix', path: '/' }];
    for (const entry of entries) {
      const path: IngressPath = {
        pathType: String(entry?.pathType ?? 'ImplementationSpecific'),
        path: String(entry?.path ?? '/'),
        ...(grpc ? { grpc } : {}),
      };
      paths.set(`${path.pathType} ${path.path}`, path);
    }
  }
  return [...hosts].map(([hostname, paths]) => ({
    hostname,
    paths: [...paths.values()],
  }));
}
