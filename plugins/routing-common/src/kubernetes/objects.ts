/** The metadata Portway reads from any Kubernetes object. */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  generation?: number;
  creationTimestamp?: string | Date;
  resourceVersion?: string;
  uid?: string;
}

/** Any Kubernetes object, before Portway knows its kind. */
export interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: any;
  status?: any;
}

/** An object's `namespace/name`, the key Portway uses to index and compare objects. */
export function objectKey(object: KubernetesObject): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}
