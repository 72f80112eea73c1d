import type { KubernetesObject } from '../../kubernetes/objects';
import type { ParentReference } from '../../types/routes';
import type { ListenerSpec, ObjectReference } from '../model';

const GW = 'gateway.networking.k8s.io/v1';

/** A Gateway `namespace/name` with the given listeners (an HTTP listener on 80 by default). */
export function gateway(
  key: string,
  listeners: Array<Partial<ListenerSpec>> = [{}],
  gatewayClassName = 'portway',
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: GW,
    kind: 'Gateway',
    metadata: { namespace, name },
    spec: {
      gatewayClassName,
      listeners: listeners.map(l => ({
        name: 'http',
        port: 80,
        protocol: 'HTTP',
        ...l,
      })),
    },
  };
}

/** Options of a route built by {@link route}. */
export interface RouteOptions {
  parentRefs?: ParentReference[];
  hostnames?: string[];
  backendRefs?: ObjectReference[];
  rules?: unknown[];
}

/** A route `kind namespace/name`; one parentRef to infra/public and backend `web` by default. */
export function route(
  kind: string,
  key: string,
  options: RouteOptions = {},
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: GW,
    kind,
    metadata: { namespace, name },
    spec: {
      parentRefs: options.parentRefs ?? [
        { name: 'public', namespace: 'infra' },
      ],
      ...(options.hostnames ? { hostnames: options.hostnames } : {}),
      rules: options.rules ?? [
        { backendRefs: options.backendRefs ?? [{ name: 'web', port: 8080 }] },
      ],
    },
  };
}

/** An HTTPRoute; see {@link route}. */
export const httpRoute = (key: string, options?: RouteOptions) =>
  route('HTTPRoute', key, options);

/** A core Service `namespace/name`; with `spec` (e.g. `ports`) when given. */
export function service(
  key: string,
  spec?: Record<string, unknown>,
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { namespace, name },
    ...(spec ? { spec } : {}),
  };
}

/** A Namespace with labels. */
export function namespaceObject(
  name: string,
  labels: Record<string, string> = {},
): KubernetesObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

/** A ReferenceGrant in `namespace` (v1 unless told). */
export function referenceGrant(
  key: string,
  from: Array<{ group: string; kind: string; namespace: string }>,
  to: Array<{ group: string; kind: string; name?: string }>,
  version: 'v1' | 'v1beta1' = 'v1',
): KubernetesObject {
  const [ns, name] = key.split('/');
  return {
    apiVersion: `gateway.networking.k8s.io/${version}`,
    kind: 'ReferenceGrant',
    metadata: { namespace: ns, name },
    spec: { from, to },
  };
}

/** The object with metadata merged in (creationTimestamp, annotations, ...). */
export function withMetadata(
  object: KubernetesObject,
  metadata: KubernetesObject['metadata'],
): KubernetesObject {
  return { ...object, metadata: { ...object.metadata, ...metadata } };
}

/** A cert-manager Certificate `namespace/name` writing `secretName`, with a Ready condition. */
export function certificate(
  key: string,
  secretName: string,
  ready?: { status: string; reason?: string; message?: string },
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { namespace, name },
    spec: {
      secretName,
      issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' },
    },
    ...(ready ? { status: { conditions: [{ type: 'Ready', ...ready }] } } : {}),
  };
}
