import type { LabelSelector } from '../kubernetes/labelSelector';
import type { ParentReference } from '../types/routes';

/**
 * A group and kind, as in `allowedRoutes.kinds` and `supportedKinds`.
 *
 * @public
 */
export interface RouteGroupKind {
  /** The API group; Gateway API's group when absent. */
  group?: string;
  /** The kind, e.g. `HTTPRoute`. */
  kind: string;
}

/**
 * A reference to another object (backendRef, certificateRef), with its own defaults.
 *
 * @public
 */
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

/**
 * A Gateway listener as the spec writes it.
 *
 * @public
 */
export interface ListenerSpec {
  /** The listener's name, unique in the Gateway. */
  name: string;
  /** The hostname routes must match (may be a wildcard); any when absent. */
  hostname?: string;
  /** The port the Gateway listens on. */
  port: number;
  /** The listener protocol: `HTTP`, `HTTPS`, `TLS`, `TCP` or `UDP`. */
  protocol: string;
  /** TLS settings: `Terminate` (default) or `Passthrough`, and the certificate Secrets. */
  tls?: { mode?: string; certificateRefs?: ObjectReference[] };
  /** Which namespaces and route kinds may attach; same namespace and the protocol's kinds when absent. */
  allowedRoutes?: {
    namespaces?: { from?: string; selector?: LabelSelector };
    kinds?: RouteGroupKind[];
  };
}

/**
 * The parts of a Gateway the analysis reads.
 *
 * @public
 */
export interface GatewayModel {
  /** The Gateway's namespace. */
  namespace: string;
  /** The Gateway's metadata.name. */
  name: string;
  /** The GatewayClass it names. */
  gatewayClassName?: string;
  /** Its listeners, in the Gateway's order. */
  listeners: ListenerSpec[];
  /** spec.addresses as requested; absent when none is. */
  addresses?: Array<{ type?: string; value?: string }>;
}

/**
 * One backend reference of a route and where it was written.
 *
 * @public
 */
export interface BackendRefUse {
  /** The reference, as written. */
  ref: ObjectReference;
  /** Where in the route the reference sits, e.g. `rules[0].backendRefs[1]`. */
  path: string;
}

/**
 * The parts of a route the analysis reads.
 *
 * @public
 */
export interface RouteModel {
  /** The route kind: `HTTPRoute`, `GRPCRoute` or `TLSRoute`. */
  kind: string;
  /** The route's namespace; `default` when the manifest gives none. */
  namespace: string;
  /** The route's metadata.name. */
  name: string;
  /** `spec.hostnames`, as written. */
  hostnames: string[];
  /** `spec.parentRefs`, as written. */
  parentRefs: ParentReference[];
  /** Every backendRef of every rule. */
  backendRefs: BackendRefUse[];
}

/**
 * A ReferenceGrant (v1beta1 or v1): who may refer to what in its namespace.
 *
 * @public
 */
export interface ReferenceGrantModel {
  /** The namespace the grant lives in, whose objects it opens up. */
  namespace: string;
  /** The group, kind and namespace of objects allowed to refer. */
  from: Array<{ group?: string; kind?: string; namespace?: string }>;
  /** The group, kind (and optional name) of objects they may refer to. */
  to: Array<{ group?: string; kind?: string; name?: string }>;
}

/**
 * Every object of the input the analysis reads, indexed.
 *
 * @public
 */
export interface Inventory {
  /** Gateways by `namespace/name`. */
  gateways: Map<string, GatewayModel>;
  /** GatewayClass names; undefined when the input holds no GatewayClass at all. */
  gatewayClasses?: Set<string>;
  /** Every HTTPRoute, GRPCRoute and TLSRoute of the input. */
  routes: RouteModel[];
  /** Services as `namespace/name`. */
  services: Set<string>;
  /** `spec.ports[].port` of each Service by `namespace/name`; empty for ExternalName ones. */
  servicePorts: Map<string, number[]>;
  /** Labels of the Namespace objects given, by name. */
  namespaceLabels: Map<string, Record<string, string>>;
  /** Every ReferenceGrant of the input. */
  referenceGrants: ReferenceGrantModel[];
}
