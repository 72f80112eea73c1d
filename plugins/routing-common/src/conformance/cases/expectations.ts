import type {
  ConformanceCase,
  ExpectedConditions,
  ExpectedListener,
  ExpectedRoute,
} from './types';

/** The namespace of the suite's Gateways and most of its routes. */
export const INFRA = 'gateway-conformance-infra';

/** The namespace of the MESH profiles' Services and routes. */
export const MESH = 'gateway-conformance-mesh';

/** `Gateway gateway-conformance-infra/<name>`, as a route parent. */
export function infraGateway(name: string) {
  return `Gateway ${INFRA}/${name}`;
}

/** A route parent that accepted the route (the suite's `Accepted=True, reason Accepted`). */
export const ACCEPTED: ExpectedConditions = { Accepted: 'True/Accepted' };

/** A route parent that accepted the route and resolved all its backendRefs. */
export const ACCEPTED_AND_RESOLVED: ExpectedConditions = {
  Accepted: 'True/Accepted',
  ResolvedRefs: 'True/ResolvedRefs',
};

/**
 * What `GatewayAndRoutesMustBeAccepted` (and its TCP and UDP forms) asserts of every listener of
 * the Gateway: ResolvedRefs, Accepted and Programmed True, with any reason.
 */
export const LISTENER_READY: ExpectedConditions = {
  ResolvedRefs: 'True',
  Accepted: 'True',
  Programmed: 'True',
};

/**
 * A route of the infra namespace with one parent, a Gateway of that namespace, the parentRef
 * named by the sectionName and port it has in the manifest.
 */
export function infraRoute(
  kind: string,
  route: string,
  gateway: string,
  conditions: ExpectedConditions,
  parentRef: { sectionName?: string; port?: number } = {},
): ExpectedRoute {
  return {
    route: `${kind} ${INFRA}/${route}`,
    parents: [{ parent: infraGateway(gateway), ...parentRef, conditions }],
  };
}

/** A listener of a Gateway of the infra namespace as `GatewayAndRoutesMustBeAccepted` wants it. */
export function readyListener(
  gateway: string,
  listener: string,
): ExpectedListener {
  return {
    gateway: `${INFRA}/${gateway}`,
    listener,
    conditions: LISTENER_READY,
  };
}

/** What `GatewayMustHaveZeroRoutes` asserts of a Gateway with a single listener. */
export function noRoutesOn(
  gateway: string,
  listener: string,
): ExpectedListener {
  return { gateway: `${INFRA}/${gateway}`, listener, attachedRoutes: 0 };
}

/** The suite's base Gateway with one HTTP listener, `http`, taking routes of its own namespace. */
export const SAME_NAMESPACE = 'same-namespace';

/** The base Gateway with four HTTPS listeners, all with the base certificate. */
export const HTTPS_GATEWAY = 'same-namespace-with-https-listener';

/** The listeners of {@link HTTPS_GATEWAY}. */
export const HTTPS_LISTENERS = [
  'https',
  'https-with-hostname',
  'https-with-wildcard-hostname',
  'https-with-hostname-matching-wildcard',
];

/**
 * A test that checks only routes on the base Gateway `same-namespace`, as
 * `GatewayAndRoutesMustBeAccepted` does (each route Accepted by the Gateway, its listener
 * ready), with the conditions the test asserts: by default also ResolvedRefs True, as most
 * tests check with `HTTPRouteMustHaveResolvedRefsConditionsTrue`.
 */
export function acceptedOnSameNamespace(
  test: string,
  fixture: string,
  routes: string | string[],
  conditions: ExpectedConditions = ACCEPTED_AND_RESOLVED,
  kind: 'HTTPRoute' | 'GRPCRoute' = 'HTTPRoute',
): ConformanceCase {
  return {
    test,
    fixture,
    routes: [routes]
      .flat()
      .map(route => infraRoute(kind, route, SAME_NAMESPACE, conditions)),
    listeners: [readyListener(SAME_NAMESPACE, 'http')],
  };
}
