import type { Finding } from '../types/findings';
import type { ParentReference, RouteCondition } from '../types/routes';

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
}

/**
 * What the analysis says of one route (HTTPRoute, GRPCRoute or TLSRoute).
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
  /** One entry per parentRef that points at a Gateway, in the route's order. */
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
 * The result of {@link analyzeGatewayApi}: route and listener status, and findings.
 *
 * @public
 */
export interface Analysis {
  /** Every HTTPRoute, GRPCRoute and TLSRoute of the input. */
  routes: AnalyzedRoute[];
  /** Every Gateway of the input. */
  gateways: AnalyzedGateway[];
  /** Errors for refused parents, unresolved references and broken listeners; notes besides. */
  findings: Finding[];
  /** cert-manager's Certificates for TLS listeners; present when a Gateway carries its annotation. */
  certificates?: ListenerCertificate[];
}
