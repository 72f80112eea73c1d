import { CLUSTER_DOMAIN, serviceFqdn } from '../exposure/exposureNames';
import {
  asArray,
  isCoreService,
  namespaceOf,
} from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';

/**
 * The API group of Istio networking resources.
 *
 * @public
 */
export const ISTIO_NETWORKING_GROUP = 'networking.istio.io';

/**
 * The Istio networking versions Portway reads (all served by current Istio releases).
 *
 * @public
 */
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
  clusterDomain = CLUSTER_DOMAIN,
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
      inventory.services.set(
        serviceFqdn(object.metadata.name, namespaceOf(object), clusterDomain),
        object,
      );
    }
  }
  return inventory;
}
