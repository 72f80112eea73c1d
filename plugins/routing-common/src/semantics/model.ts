import type { LabelSelector } from '../kubernetes/labelSelector';
import type { ParentReference } from '../types/routes';

/** A group and kind, as in `allowedRoutes.kinds` and `supportedKinds`. */
export interface RouteGroupKind {
  /** The API group; Gateway API's group when absent. */
  group?: string;
  /** The kind, e.g. `HTTPRoute`. */
  kind: string;
}

/** A reference to another object (backendRef, certificateRef), with its own defaults. */
export interface ObjectReference {
  /** The API group; the core group `""` when absent. */
  group?: string;
  /** The kind; defaults depend on the field (`Service` for backends, `Secret` for certificates). */
  kind?: string;
  /** The referent's name. */
  name: string;
  /** The referent's namespace; the referring object's namespace when absent. */
  namespace?: string;
  /** The port, for Services. */
  port?: number;
}

/** A Gateway listener as the spec writes it. */
export interface ListenerSpec {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { mode?: string; certificateRefs?: ObjectReference[] };
  allowedRoutes?: {
    namespaces?: { from?: string; selector?: LabelSelector };
    kinds?: RouteGroupKind[];
  };
}

/** The parts of a Gateway the analysis reads. */
export interface GatewayModel {
  namespace: string;
  name: string;
  gatewayClassName?: string;
  listeners: ListenerSpec[];
  /** spec.addresses as requested; absent when none is. */
  addresses?: Array<{ type?: string; value?: string }>;
}

/** One backend reference of a route and where it was written. */
export interface BackendRefUse {
  ref: ObjectReference;
  /** Where in the route the reference sits, e.g. `rules[0].backendRefs[1]`. */
  path: string;
}

/** The parts of a route the analysis reads. */
export interface RouteModel {
  kind: string;
  namespace: string;
  name: string;
  hostnames: string[];
  parentRefs: ParentReference[];
  backendRefs: BackendRefUse[];
}

/** A ReferenceGrant (v1beta1 or v1): who may refer to what in its namespace. */
export interface ReferenceGrantModel {
  namespace: string;
  from: Array<{ group?: string; kind?: string; namespace?: string }>;
  to: Array<{ group?: string; kind?: string; name?: string }>;
}

/** Every object of the input the analysis reads, indexed. */
export interface Inventory {
  /** Gateways by `namespace/name`. */
  gateways: Map<string, GatewayModel>;
  /** GatewayClass names; undefined when the input holds no GatewayClass at all. */
  gatewayClasses?: Set<string>;
  routes: RouteModel[];
  /** Services as `namespace/name`. */
  services: Set<string>;
  /** `spec.ports[].port` of each Service by `namespace/name`; empty for ExternalName ones. */
  servicePorts: Map<string, number[]>;
  /** Labels of the Namespace objects given, by name. */
  namespaceLabels: Map<string, Record<string, string>>;
  referenceGrants: ReferenceGrantModel[];
}
