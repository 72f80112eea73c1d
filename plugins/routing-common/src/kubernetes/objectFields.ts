import type { KubernetesObject } from './objects';

/** The namespace of a namespaced object: `default` when it is not set, as the API server does. */
export function namespaceOf(object: KubernetesObject): string {
  return object.metadata?.namespace ?? 'default';
}

/** `Kind namespace/name` of a namespaced object, the way every finding names one. */
export function describeObject(object: KubernetesObject): string {
  return `${object.kind} ${namespaceOf(object)}/${object.metadata?.name ?? ''}`;
}

/** True for a core `v1` Service (not, for example, a Knative Service). */
export function isCoreService(object: KubernetesObject): boolean {
  return object.kind === 'Service' && (object.apiVersion ?? 'v1') === 'v1';
}

/** A field that should hold a list, as one: itself when it is an array, otherwise empty. */
export function asArray<T = any>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** `{ creationTimestamp }` as written (a string, or a client library's Date as ISO 8601); `{}` when unset. */
export function creationTimestampField(object: KubernetesObject): {
  creationTimestamp?: string;
} {
  const created = object.metadata?.creationTimestamp;
  if (!created) return {};
  return {
    creationTimestamp:
      typeof created === 'string' ? created : created.toISOString(),
  };
}
