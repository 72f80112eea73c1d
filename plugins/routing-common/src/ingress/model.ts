import { isCoreService, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';

/** The API group of Ingress and IngressClass. */
export const INGRESS_GROUP = 'networking.k8s.io';

/**
 * The annotation that marks an IngressClass as the cluster default.
 *
 * @public
 */
export const DEFAULT_INGRESS_CLASS_ANNOTATION =
  'ingressclass.kubernetes.io/is-default-class';

/**
 * The legacy annotation that names the class of an Ingress.
 *
 * @public
 */
export const LEGACY_INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** True for a `networking.k8s.io/v1` object of the given kind. */
export function isNetworkingV1(
  object: KubernetesObject,
  kind: string,
): boolean {
  return object.kind === kind && object.apiVersion === `${INGRESS_GROUP}/v1`;
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
    } else if (isCoreService(object)) {
      inventory.services.set(
        `${namespaceOf(object)}/${object.metadata?.name}`,
        object,
      );
    }
  }
  return inventory;
}
