/**
 * The metadata Portway reads from any Kubernetes object.
 *
 * @public
 */
export interface ObjectMeta {
  /** The object's name, unique per kind in its namespace. */
  name?: string;
  /** The object's namespace; absent for cluster-scoped objects and manifests that leave it to kubectl. */
  namespace?: string;
  /** Labels, such as the ones Portway's selectors read. */
  labels?: Record<string, string>;
  /** Annotations, such as cert-manager's and ingress-nginx's. */
  annotations?: Record<string, string>;
  /** The spec's generation, compared with conditions' observedGeneration to tell stale status. */
  generation?: number;
  /** When the object was created; a Date when a client library parsed it. */
  creationTimestamp?: string | Date;
  /** The version of the object the API server returned. */
  resourceVersion?: string;
  /** The object's cluster-wide unique id. */
  uid?: string;
}

/**
 * Any Kubernetes object, before Portway knows its kind.
 *
 * @public
 */
export interface KubernetesObject {
  /** `group/version`, or the version alone for the core group. */
  apiVersion?: string;
  /** The object's kind, e.g. `HTTPRoute`. */
  kind?: string;
  /** The object's metadata. */
  metadata?: ObjectMeta;
  /** The desired state; its shape depends on the kind. */
  spec?: any;
  /** The observed state written by controllers; its shape depends on the kind. */
  status?: any;
}

/**
 * An object's `namespace/name`, the key Portway uses to index and compare objects.
 *
 * @public
 */
export function objectKey(object: KubernetesObject): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
