import type { KubernetesObject } from '../kubernetes/objects';

/** The API group of Ingress and IngressClass. */
export const INGRESS_GROUP = 'networking.k8s.io';

/** The annotation that marks an IngressClass as the cluster default. */
export const DEFAULT_INGRESS_CLASS_ANNOTATION =
  'ingressclass.kubernetes.io/is-default-class';

/** The legacy annotation that names the class of an Ingress. */
export const LEGACY_INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** True for a `networking.k8s.io/v1` object of the given kind. */
export function isNetworkingV1(
  object: KubernetesObject,
  kind: string,
): boolean {
  return object.kind === kind && object.apiVersion === `${INGRESS_GROUP}/v1`;
}

/** The namespace of a namespaced object, `default` when it is not set. */
export function namespaceOf(object: KubernetesObject): string {
  return object.metadata?.namespace ?? 'default';
}

/** `Kind namespace/name`, the way every finding message names its object. */
export function describeObject(object: KubernetesObject): string {
  return `${object.kind} ${namespaceOf(object)}/${object.metadata?.name ?? ''}`;
}

/** The value as an array: itself when it is one, otherwise empty. */
export function asArray<T = any>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Everything {@link analyzeIngresses} looks up, indexed once. */
export interface IngressInventory {
  ingresses: KubernetesObject[];
  /** IngressClasses by name. */
  classes: Map<string, KubernetesObject>;
  /** Core Services by `namespace/name`. */
  services: Map<string, KubernetesObject>;
}

/** Indexes Ingresses, IngressClasses and core Services; other kinds are ignored. */
export function buildIngressInventory(
  objects: KubernetesObject[],
): IngressInventory {
  const inventory: IngressInventory = {
    ingresses: [],
    classes: new Map(),
    services: new Map(),
  };
  for (const object of objects) {
    if (isNetworkingV1(object, 'Ingress')) inventory.ingresses.push(object);
    else if (isNetworkingV1(object, 'IngressClass') && object.metadata?.name) {
      inventory.classes.set(object.metadata.name, object);
    } else if (
      object.kind === 'Service' &&
      (object.apiVersion ?? 'v1') === 'v1'
    ) {
      inventory.services.set(
        `${namespaceOf(object)}/${object.metadata?.name}`,
        object,
      );
    }
  }
  return inventory;
}
