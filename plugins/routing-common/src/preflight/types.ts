import type { KubernetesObject } from '../kubernetes/objects';
import type { ClusterStatus } from '../types/routes';
import type { ExistingFolder } from '../manifests/renderExposure';
import type { ExposurePolicy } from '../types/exposurePolicy';

/**
 * The kinds of object a cluster's state holds, by the names the backend's cache uses.
 *
 * @public
 */
export type ClusterKindName =
  | 'namespace'
  | 'service'
  | 'ingress'
  | 'ingressClass'
  | 'gatewayClass'
  | 'gateway'
  | 'httpRoute'
  | 'grpcRoute'
  | 'tlsRoute'
  | 'tcpRoute'
  | 'udpRoute'
  | 'listenerSet'
  | 'backendTlsPolicy'
  | 'referenceGrant'
  | 'virtualService'
  | 'istioGateway'
  | 'destinationRule'
  | 'certificate'
  | 'secret';

/**
 * What a preflight or a picker may read of one cluster. The backend answers from its watch
 * cache (indexed, no I/O); the CLI from the objects of `--state` files. Lookups by hostname,
 * Gateway and Service keep a preflight's cost to the request's neighbourhood.
 *
 * @public
 */
export interface ClusterObjects {
  /** One object; `namespace` is the empty string for cluster-scoped kinds. */
  get(
    kind: ClusterKindName,
    namespace: string,
    name: string,
  ): KubernetesObject | undefined;
  /**
   * Every object of a kind; asked of small kinds (Namespaces, classes, grants, Certificates),
   * and of Services and routes only when the namespace rule must find where an entity lives.
   */
  list(kind: ClusterKindName): KubernetesObject[];
  /** Routes of every kind that list `hostname` exactly as written (the empty string for routes that list none). */
  routesForHostname(hostname: string): KubernetesObject[];
  /** Gateway API routes attached to the Gateway `namespace/name`. */
  routesOnGateway(namespace: string, name: string): KubernetesObject[];
  /** Routes of every kind whose backends include the Service `namespace/name`. */
  routesToService(namespace: string, name: string): KubernetesObject[];
}

/**
 * One cluster as a preflight sees it: its objects and how fresh they are.
 *
 * @public
 */
export interface PreflightCluster {
  /** The cluster's name, as exposure requests name it. */
  name: string;
  /** `error`: nothing can be checked; `stale` and `syncing`: checked against what is known. */
  status: ClusterStatus;
  /** The cluster's objects the checks read. */
  objects: ClusterObjects;
}

/**
 * What a preflight is checked against. Every part is optional: what is missing is not checked.
 *
 * @public
 */
export interface PreflightContext {
  /**
   * The clusters Portway knows. Undefined: no cluster is looked at (only the request's own
   * rules); a cluster the request names that is not here is ClusterNotFound.
   */
  clusters?: PreflightCluster[];
  /**
   * Whether a Service belongs to the request's entity by DESIGN's rules (its labels match the
   * entity's selector). Undefined: ownership is not checked (an info finding says so).
   */
  ownsService?: (service: KubernetesObject) => boolean;
  /**
   * Who may expose what: allowed domains per Gateway listener and per owner, and the namespaces
   * owners may use beyond their entity's. Undefined: hostnames are not restricted, and the
   * namespace must be one the entity's objects live in.
   */
  policy?: ExposurePolicy;
  /**
   * The entity's owners as full references (`group:default/shop`, see normalizeOwnerRef), for
   * the policy's owner rules. Undefined: they are not known, so no owner rule applies.
   */
  owners?: string[];
  /** The GitOps folder's files, to merge kustomization.yaml and refuse a name taken there. */
  existingFolder?: ExistingFolder;
  /** The clock, for the age of stale data (ms since the epoch). */
  now?: number;
}
