import type { LabelSelector } from '../kubernetes/labelSelector';
import type { ParentReference } from '../types/routes';
import type { BackendTlsPolicyModel } from './backendTlsPoliciesModel';
import type { CaBundleFacts } from './backendTlsPoliciesCaBundle';

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
 * What owns listeners: a Gateway (no `kind`) or a ListenerSet.
 *
 * @public
 */
export interface ListenerOwner {
  /** `ListenerSet` for a ListenerSet; absent for a Gateway. */
  kind?: 'ListenerSet';
  /** The owner's namespace. */
  namespace: string;
  /** The owner's metadata.name. */
  name: string;
}

/**
 * A Gateway's `spec.allowedListeners`: which namespaces' ListenerSets may attach.
 *
 * @public
 */
export interface AllowedListeners {
  /** `from`: `None` (the default), `Same`, `All` or `Selector` (with `selector`). */
  namespaces?: { from?: string; selector?: LabelSelector };
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
  /** spec.allowedListeners; absent when the Gateway takes no ListenerSets (the default). */
  allowedListeners?: AllowedListeners;
  /** spec.tls: the client certificate it shows backends, and how it validates clients'. */
  tls?: GatewayTls;
}

/**
 * How a Gateway validates client certificates on its HTTPS listeners (`validation` of
 * spec.tls.frontend.default or of one of its perPort entries).
 *
 * @public
 */
export interface FrontendTlsConfig {
  /** `caCertificateRefs` to trust, and `mode`: `AllowValidOnly` (the default) or `AllowInsecureFallback`. */
  validation?: { caCertificateRefs?: ObjectReference[]; mode?: string };
}

/**
 * A Gateway's spec.tls.
 *
 * @public
 */
export interface GatewayTls {
  /** `clientCertificateRef`: the Secret whose certificate the Gateway presents to TLS backends. */
  backend?: { clientCertificateRef?: ObjectReference };
  /** Client certificate validation: `default` for every HTTPS listener, `perPort` overrides by port. */
  frontend?: {
    default?: FrontendTlsConfig;
    perPort?: Array<{ port: number; tls?: FrontendTlsConfig }>;
  };
}

/**
 * The parts of a ListenerSet (gateway.networking.k8s.io/v1) the analysis reads.
 *
 * @public
 */
export interface ListenerSetModel extends ListenerOwner {
  /** Always `ListenerSet`: what tells it from a Gateway. */
  kind: 'ListenerSet';
  /** metadata.creationTimestamp, which orders ListenerSets of one Gateway (oldest first). */
  creationTimestamp?: string;
  /** spec.parentRef: the Gateway its listeners join. */
  parentRef: {
    /** The parent's API group; Gateway API's group when absent. */
    group?: string;
    /** The parent's kind; `Gateway` when absent. */
    kind?: string;
    /** The Gateway's name. */
    name: string;
    /** The Gateway's namespace; the ListenerSet's when absent. */
    namespace?: string;
  };
  /** Its listeners, in its order. */
  listeners: ListenerSpec[];
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
  /** The route kind: `HTTPRoute`, `GRPCRoute`, `TLSRoute`, `TCPRoute` or `UDPRoute`. */
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
 * What the input tells of a Secret a listener may name as its certificate: `valid` when it
 * holds a PEM certificate and key in `tls.crt` and `tls.key`, `invalid` (with the problem) when
 * it does not, `unchecked` when only its name is known (a metadata-only list of a cluster).
 *
 * @public
 */
export interface SecretFacts {
  /** Whether its contents are a usable certificate and key. */
  certificate: 'valid' | 'invalid' | 'unchecked';
  /** What is wrong, for an `invalid` one. */
  problem?: string;
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
  /** Every HTTPRoute, GRPCRoute, TLSRoute, TCPRoute and UDPRoute of the input. */
  routes: RouteModel[];
  /** Every ListenerSet of the input. */
  listenerSets: ListenerSetModel[];
  /** Services as `namespace/name`. */
  services: Set<string>;
  /** `spec.ports[].port` of each Service by `namespace/name`; empty for ExternalName ones. */
  servicePorts: Map<string, number[]>;
  /** Each Service's port numbers by port name (`spec.ports[].name`), by `namespace/name`. */
  servicePortNames: Map<string, Map<string, number>>;
  /** Every BackendTLSPolicy of the input. */
  backendTlsPolicies: BackendTlsPolicyModel[];
  /**
   * What each ConfigMap's `ca.crt` holds, by `namespace/name`; undefined when the input holds
   * no ConfigMap at all, so CA certificate references cannot be checked.
   */
  caBundles?: Map<string, CaBundleFacts>;
  /** Labels of the Namespace objects given, by name. */
  namespaceLabels: Map<string, Record<string, string>>;
  /** Every ReferenceGrant of the input. */
  referenceGrants: ReferenceGrantModel[];
  /** Secrets by `namespace/name`. */
  secrets: Map<string, SecretFacts>;
  /**
   * Whether a certificate Secret missing from `secrets` is known not to exist: true when the
   * input holds Secrets or the caller says every Secret was listed; false leaves Secrets
   * unchecked (a GitOps repository rarely holds the Secrets cert-manager writes).
   */
  secretsChecked: boolean;
}
