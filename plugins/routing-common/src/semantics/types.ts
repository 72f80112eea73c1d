import type { Finding } from '../types/findings';
import type { ParentReference, RouteCondition } from '../types/routes';
import type {
  BackendTlsPolicyTargetRef,
  BackendTlsPolicyValidation,
} from './backendTlsPoliciesModel';

/**
 * What the analysis says of one parentRef of a route.
 *
 * @public
 */
export interface AnalyzedParent {
  /** The parentRef as the route wrote it. */
  parentRef: ParentReference;
  /** The Accepted and ResolvedRefs conditions a conformant implementation would set. */
  conditions: RouteCondition[];
  /**
   * For a Service parent (mesh routing, GAMMA; experimental): `producer` when the route is in
   * the Service's namespace (every caller), `consumer` otherwise (callers in its namespace).
   */
  meshRole?: 'producer' | 'consumer';
}

/**
 * What the analysis says of one route (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute or UDPRoute).
 *
 * @public
 */
export interface AnalyzedRoute {
  /** The route's kind. */
  kind: string;
  /** The route's namespace. */
  namespace: string;
  /** The route's name. */
  name: string;
  /** One entry per parentRef that points at a Gateway or a Service (mesh), in the route's order. */
  parents: AnalyzedParent[];
}

/**
 * What the analysis says of one listener of a Gateway.
 *
 * @public
 */
export interface AnalyzedListener {
  /** The listener's name. */
  name: string;
  /** How many routes attached to this listener (each route counted once). */
  attachedRoutes: number;
  /** The Accepted, Programmed and ResolvedRefs conditions of the listener. */
  conditions: RouteCondition[];
  /**
   * The route kinds the listener accepts, as a controller writes `status.listeners[].supportedKinds`:
   * `allowedRoutes.kinds` restricted to what the protocol carries (every kind it carries when
   * absent); empty for an unsupported protocol or when no listed kind is valid.
   */
  supportedKinds: Array<{ group: string; kind: string }>;
}

/**
 * What the analysis says of one Gateway.
 *
 * @public
 */
export interface AnalyzedGateway {
  /** The Gateway's namespace. */
  namespace: string;
  /** The Gateway's name. */
  name: string;
  /** Its listeners, in the Gateway's order. */
  listeners: AnalyzedListener[];
  /** The Gateway's Accepted and Programmed conditions (see gatewayConditions). */
  conditions: RouteCondition[];
  /**
   * How many ListenerSets attached (status.attachedListenerSets): those the Gateway's
   * allowedListeners takes and that are Accepted. Present when the Gateway sets
   * allowedListeners or a ListenerSet of the input names it.
   */
  attachedListenerSets?: number;
}

/**
 * What the analysis says of one ListenerSet (gateway.networking.k8s.io/v1).
 *
 * @public
 */
export interface AnalyzedListenerSet {
  /** The ListenerSet's namespace. */
  namespace: string;
  /** The ListenerSet's name. */
  name: string;
  /** Its spec.parentRef: the Gateway it adds listeners to. */
  parentRef: {
    group?: string;
    kind?: string;
    name: string;
    namespace?: string;
  };
  /** Its Accepted and Programmed conditions. */
  conditions: RouteCondition[];
  /** Its listeners (status.listeners), in its order, as a Gateway's are. */
  listeners: AnalyzedListener[];
}

/**
 * The cert-manager Certificate that writes a listener's Secret, and its Ready condition.
 *
 * @public
 */
export interface CertificateStatus {
  /** The Certificate's name. */
  name: string;
  /** Status of its Ready condition; Unknown when it has none yet. */
  ready: 'True' | 'False' | 'Unknown';
  /** The reason of the Ready condition, e.g. `Issuing`. */
  reason?: string;
  /** The message of the Ready condition. */
  message?: string;
  /** When the certificate expires (status.notAfter), as the Certificate writes it. */
  notAfter?: string;
  /** When cert-manager will renew it (status.renewalTime), as the Certificate writes it. */
  renewalTime?: string;
}

/**
 * What cert-manager does for one certificateRef of a TLS listener of an annotated Gateway.
 *
 * @public
 */
export interface ListenerCertificate {
  /** The Gateway, as `namespace/name`. */
  gateway: string;
  /** The listener's name. */
  listener: string;
  /** The Secret the Certificate is written to (and named after); absent without certificateRefs. */
  secretName?: string;
  /** The issuer the Gateway's annotations name (kind Issuer or ClusterIssuer unless issuer-kind says otherwise). */
  issuer: { kind: string; name: string; group?: string };
  /** Whether cert-manager issues a Certificate for this listener. */
  willIssue: boolean;
  /** Why it does not, when it does not. */
  reason?: string;
  /** The Certificate's dnsNames: hostnames of every listener of the Gateway sharing the Secret. */
  dnsNames: string[];
  /** The Certificate found in the input; null when the input holds others but not this one. */
  certificate?: CertificateStatus | null;
}

/**
 * One targetRef of a BackendTLSPolicy as the analysis understood it.
 *
 * @public
 */
export interface AnalyzedBackendTlsPolicyTarget
  extends BackendTlsPolicyTargetRef {
  /** The Service port the sectionName names; absent without sectionName or when none matches. */
  port?: number;
  /** `namespace/name` of the older policy on the same target and sectionName, which applies instead. */
  conflictedWith?: string;
}

/**
 * The status a conformant implementation writes for a policy under one ancestor (a Gateway).
 *
 * @public
 */
export interface PolicyAncestorStatus {
  /** The Gateway, as `status.ancestors[].ancestorRef` names it. */
  ancestorRef: ParentReference;
  /** Accepted, then ResolvedRefs. */
  conditions: RouteCondition[];
}

/**
 * What the analysis says of one BackendTLSPolicy: its targets and its conditions under each
 * Gateway that reaches a targeted Service through an attached route.
 *
 * @public
 */
export interface AnalyzedBackendTlsPolicy {
  /** The policy's namespace. */
  namespace: string;
  /** The policy's name. */
  name: string;
  /** Its targetRefs, in the policy's order. */
  targetRefs: AnalyzedBackendTlsPolicyTarget[];
  /** spec.validation as written: hostname, CA certificates, subjectAltNames. */
  validation: BackendTlsPolicyValidation;
  /** Whether the policy is valid apart from conflicts (Accepted would be True without a rival). */
  valid: boolean;
  /** One entry per Gateway using a targeted Service; empty when no attached route does. */
  ancestors: PolicyAncestorStatus[];
}

/**
 * The result of {@link analyzeGatewayApi}: route and listener status, and findings.
 *
 * @public
 */
export interface Analysis {
  /** Every HTTPRoute, GRPCRoute and TLSRoute of the input. */
  routes: AnalyzedRoute[];
  /** Every Gateway of the input. */
  gateways: AnalyzedGateway[];
  /** Every ListenerSet of the input; present when the input holds one. */
  listenerSets?: AnalyzedListenerSet[];
  /** Errors for refused parents, unresolved references and broken listeners; notes besides. */
  findings: Finding[];
  /** cert-manager's Certificates for TLS listeners; present when a Gateway carries its annotation. */
  certificates?: ListenerCertificate[];
  /** Every BackendTLSPolicy of the input; present when the input holds one. */
  backendTlsPolicies?: AnalyzedBackendTlsPolicy[];
}
