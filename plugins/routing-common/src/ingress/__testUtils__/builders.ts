import type { KubernetesObject } from '../../kubernetes/objects';

/** Splits `namespace/name`. */
function split(key: string): { namespace: string; name: string } {
  const [namespace, name] = key.split('/');
  return { namespace, name };
}

/** A core Service `namespace/name` with named ports (`http: 80` by default). */
export function svc(
  key: string,
  ports: Record<string, number> = { http: 80 },
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: split(key),
    spec: {
      ports: Object.entries(ports).map(([name, port]) => ({ name, port })),
    },
  };
}

/** An IngressClass, marked default when asked. */
export function ingressClass(
  name: string,
  isDefault = false,
): KubernetesObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name,
      ...(isDefault
        ? {
            annotations: {
              'ingressclass.kubernetes.io/is-default-class': 'true',
            },
          }
        : {}),
    },
    spec: { controller: 'k8s.io/ingress-nginx' },
  };
}

/** A networking.k8s.io/v1 Ingress `namespace/name` with the given spec and annotations. */
export function ingress(
  key: string,
  spec: Record<string, unknown>,
  annotations?: Record<string, string>,
): KubernetesObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { ...split(key), ...(annotations ? { annotations } : {}) },
    spec,
  };
}

/** One rule for `host` with a single Prefix `/` path to `service` (port 80 by default). */
export function rule(
  host: string | undefined,
  service = 'web',
  port: Record<string, unknown> = { number: 80 },
) {
  return {
    ...(host === undefined ? {} : { host }),
    http: {
      paths: [
        {
          path: '/',
          pathType: 'Prefix',
          backend: { service: { name: service, port } },
        },
      ],
    },
  };
}

/** A valid Ingress `shop/web` of class nginx for the given hosts (one rule each). */
export function simpleIngress(
  hosts: string[],
  extra: Record<string, unknown> = {},
): KubernetesObject {
  return ingress('shop/web', {
    ingressClassName: 'nginx',
    rules: hosts.map(h => rule(h)),
    ...extra,
  });
}
