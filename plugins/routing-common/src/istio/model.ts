import type { KubernetesObject } from '../kubernetes/objects';

/** The API group of Istio networking resources. */
export const ISTIO_NETWORKING_GROUP = 'networking.istio.io';

/** The Istio networking versions Portway reads (all served by current Istio releases). */
export const ISTIO_NETWORKING_VERSIONS = ['v1', 'v1beta1', 'v1alpha3'];

/** True for an Istio networking object of the given kind in a supported version. */
export function isIstioKind(object: KubernetesObject, kind: string): boolean {
  const [group, version] = (object.apiVersion ?? '').split('/');
  return (
    object.kind === kind &&
    group === ISTIO_NETWORKING_GROUP &&
    ISTIO_NETWORKING_VERSIONS.includes(version)
  );
}

/** True for a core `v1` Service (not, for example, a Knative Service). */
export function isCoreService(object: KubernetesObject): boolean {
  return object.kind === 'Service' && (object.apiVersion ?? 'v1') === 'v1';
}

/** `Kind namespace/name`, the way every finding message names its object. */
export function describeObject(object: KubernetesObject): string {
  const { namespace, name } = object.metadata ?? {};
  return `${object.kind} ${namespace ?? 'default'}/${name ?? ''}`;
}

/** The namespace of a namespaced object, `default` when it is not set. */
export function namespaceOf(object: KubernetesObject): string {
  return object.metadata?.namespace ?? 'default';
}

/** Everything {@link analyzeVirtualServices} looks up, indexed once. */
export interface IstioInventory {
  virtualServices: KubernetesObject[];
  /** Core Services by FQDN (`name.namespace.svc.cluster.local`). */
  services: Map<string, KubernetesObject>;
  /** Istio Gateways by `namespace/name`. */
  gateways: Set<string>;
  /** Every host of every ServiceEntry, lower case (may contain `*.` wildcards). */
  serviceEntryHosts: string[];
  /** Namespaces that appear in the input (object namespaces and Namespace objects). */
  namespaces: Set<string>;
  /** DestinationRules (used to check destination subsets). */
  destinationRules: KubernetesObject[];
  clusterDomain: string;
}

/** Indexes the objects {@link analyzeVirtualServices} needs; other kinds are ignored. */
export function buildIstioInventory(
  objects: KubernetesObject[],
  clusterDomain = 'cluster.local',
): IstioInventory {
  const inventory: IstioInventory = {
    virtualServices: [],
    services: new Map(),
    gateways: new Set(),
    serviceEntryHosts: [],
    namespaces: new Set(),
    destinationRules: [],
    clusterDomain,
  };
  for (const object of objects) {
    if (object.metadata?.namespace) {
      inventory.namespaces.add(object.metadata.namespace);
    }
    if (object.kind === 'Namespace' && object.metadata?.name) {
      inventory.namespaces.add(object.metadata.name);
    }
    if (isIstioKind(object, 'VirtualService')) {
      inventory.virtualServices.push(object);
    } else if (isIstioKind(object, 'Gateway')) {
      inventory.gateways.add(`${namespaceOf(object)}/${object.metadata?.name}`);
    } else if (isIstioKind(object, 'DestinationRule')) {
      inventory.destinationRules.push(object);
    } else if (isIstioKind(object, 'ServiceEntry')) {
      for (const host of asArray<string>(object.spec?.hosts)) {
        inventory.serviceEntryHosts.push(String(host).toLowerCase());
      }
    } else if (isCoreService(object) && object.metadata?.name) {
      const fqdn = `${object.metadata.name}.${namespaceOf(
        object,
      )}.svc.${clusterDomain}`;
      inventory.services.set(fqdn, object);
    }
  }
  return inventory;
}

/** The value as an array: itself when it is one, otherwise empty. */
export function asArray<T = any>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
