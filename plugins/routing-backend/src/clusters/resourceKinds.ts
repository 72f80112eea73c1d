/** A kind of object Portway reads from clusters, with where the API serves it. */
export interface ResourceKind {
  kind: string;
  apiVersion: string;
}

/** The API group of an apiVersion: `gateway.networking.k8s.io/v1` -> `gateway.networking.k8s.io`, `v1` -> ``. */
export function apiGroup(apiVersion: string | undefined): string {
  const slash = (apiVersion ?? '').indexOf('/');
  return slash < 0 ? '' : (apiVersion ?? '').slice(0, slash);
}

/** The kinds an entity's routing answer is built from. Never Secrets. */
export const resourceKinds = {
  namespace: { kind: 'Namespace', apiVersion: 'v1' },
  service: { kind: 'Service', apiVersion: 'v1' },
  // v1beta1 is served by every Gateway API release that has ReferenceGrant.
  referenceGrant: {
    kind: 'ReferenceGrant',
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
  },
  gateway: { kind: 'Gateway', apiVersion: 'gateway.networking.k8s.io/v1' },
  httpRoute: { kind: 'HTTPRoute', apiVersion: 'gateway.networking.k8s.io/v1' },
  grpcRoute: { kind: 'GRPCRoute', apiVersion: 'gateway.networking.k8s.io/v1' },
} satisfies Record<string, ResourceKind>;
