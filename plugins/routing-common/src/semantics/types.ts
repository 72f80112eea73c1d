import type { Finding } from '../types/findings';
import type { ParentReference, RouteCondition } from '../types/routes';

/** What the analysis says of one parentRef of a route. */
export interface AnalyzedParent {
  /** The parentRef as the route wrote it. */
  parentRef: ParentReference;
  /** The Accepted and ResolvedRefs conditions a conformant implementation would set. */
  conditions: RouteCondition[];
}

/** What the analysis says of one route (HTTPRoute, GRPCRoute or TLSRoute). */
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

/** What the analysis says of one listener of a Gateway. */
export interface AnalyzedListener {
  /** The listener's name. */
  name: string;
  /** How many routes attached to this listener (each route counted once). */
  attachedRoutes: number;
  /** The Accepted, Programmed and ResolvedRefs conditions of the listener. */
  conditions: RouteCondition[];
}

/** What the analysis says of one Gateway. */
export interface AnalyzedGateway {
  /** The Gateway's namespace. */
  namespace: string;
  /** The Gateway's name. */
  name: string;
  /** Its listeners, in the Gateway's order. */
  listeners: AnalyzedListener[];
}

/** The result of {@link analyzeGatewayApi}: route and listener status, and findings. */
export interface Analysis {
  /** Every HTTPRoute, GRPCRoute and TLSRoute of the input. */
  routes: AnalyzedRoute[];
  /** Every Gateway of the input. */
  gateways: AnalyzedGateway[];
  /** Errors for refused parents, unresolved references and broken listeners; notes besides. */
  findings: Finding[];
}
