import type {
  ConformanceCase,
  ExpectedConditions,
  ExpectedListener,
  ExpectedRoute,
} from './types';
import {
  ACCEPTED,
  ACCEPTED_AND_RESOLVED,
  INFRA,
  LISTENER_READY,
  infraGateway,
  infraRoute,
  noRoutesOn,
  readyListener,
  acceptedOnSameNamespace,
  SAME_NAMESPACE,
  HTTPS_GATEWAY,
  HTTPS_LISTENERS,
} from './expectations';

/** An HTTPRoute of the infra namespace with one parent, a Gateway of that namespace. */
function httpRoute(
  route: string,
  gateway: string,
  conditions: ExpectedConditions,
  parentRef: { sectionName?: string; port?: number } = {},
): ExpectedRoute {
  return infraRoute('HTTPRoute', route, gateway, conditions, parentRef);
}

/**
 * A test of a route the base Gateway `same-namespace` accepts but whose backendRef does not
 * resolve, with the reason `HTTPRouteMustHaveCondition` wants.
 */
function unresolvedOnSameNamespace(
  test: string,
  fixture: string,
  route: string,
  resolvedRefs: string,
): ConformanceCase {
  return {
    test,
    fixture,
    routes: [
      httpRoute(route, SAME_NAMESPACE, {
        Accepted: 'True/Accepted',
        ResolvedRefs: resolvedRefs,
      }),
    ],
    listeners: [readyListener(SAME_NAMESPACE, 'http')],
  };
}

/**
 * A test of a route its one parent does not accept: the Accepted condition it names (the
 * `HTTPRouteMustHaveNoAcceptedParents` check is the same, as the route has one parent) and
 * `GatewayMustHaveZeroRoutes` on that parent, a Gateway with one listener.
 */
function rejected(
  test: string,
  fixture: string,
  route: ExpectedRoute,
  gateway: string,
  listener: string,
): ConformanceCase {
  return {
    test,
    fixture,
    routes: [route],
    listeners: [noRoutesOn(gateway, listener)],
  };
}

/**
 * What `GatewayStatusMustHaveListeners` asserts of a listener of HTTPRouteHostnameIntersection.
 * The suite wants HTTPRoute among the supportedKinds and allows more; the harness compares the
 * list exactly, so the row has GRPCRoute too, which an HTTP listener of an implementation with
 * GRPCRoute support lists.
 */
function intersectionListener(
  listener: string,
  attachedRoutes: number,
): ExpectedListener {
  return {
    gateway: `${INFRA}/httproute-hostname-intersection`,
    listener,
    attachedRoutes,
    supportedKinds: ['HTTPRoute', 'GRPCRoute'],
    conditions: LISTENER_READY,
  };
}

/**
 * The GATEWAY-HTTP profile's tests of gateway-api v1.6.1 named `httproute-[0-9a-m]*` that assert
 * status (every one of them calls a status helper, most `GatewayAndHTTPRoutesMustBeAccepted`).
 */
export const gatewayHttpRouteCasesA: ConformanceCase[] = [
  acceptedOnSameNamespace('HTTPRoute303Redirect', 'httproute-303-redirect', [
    '303-redirect',
  ]),
  acceptedOnSameNamespace('HTTPRoute307Redirect', 'httproute-307-redirect', [
    '307-redirect',
  ]),
  acceptedOnSameNamespace('HTTPRoute308Redirect', 'httproute-308-redirect', [
    '308-redirect',
  ]),
  acceptedOnSameNamespace(
    'HTTPRouteBackendProtocolH2C',
    'httproute-backend-protocol-h2c',
    ['backend-protocol-h2c'],
    ACCEPTED,
  ),
  acceptedOnSameNamespace(
    'HTTPRouteBackendProtocolWebSocket',
    'httproute-backend-protocol-websocket',
    ['backend-protocol-ws'],
    ACCEPTED,
  ),
  {
    // Only the first two routes go through GatewayAndHTTPRoutesMustBeAccepted; all four must
    // have ResolvedRefs True.
    test: 'HTTPRouteCORS',
    fixture: 'httproute-cors',
    routes: [
      httpRoute(
        'cors-multiple-origins-methods-headers',
        SAME_NAMESPACE,
        ACCEPTED_AND_RESOLVED,
      ),
      httpRoute('cors-wildcard-methods', SAME_NAMESPACE, ACCEPTED_AND_RESOLVED),
      httpRoute('cors-wildcard-origin', SAME_NAMESPACE, {
        ResolvedRefs: 'True/ResolvedRefs',
      }),
      httpRoute('cors-wildcard-methods-headers', SAME_NAMESPACE, {
        ResolvedRefs: 'True/ResolvedRefs',
      }),
    ],
    listeners: [readyListener(SAME_NAMESPACE, 'http')],
  },
  {
    test: 'HTTPRouteCrossNamespace',
    fixture: 'httproute-cross-namespace',
    routes: [
      {
        route: 'HTTPRoute gateway-conformance-web-backend/cross-namespace',
        parents: [
          {
            parent: infraGateway('backend-namespaces'),
            conditions: ACCEPTED_AND_RESOLVED,
          },
        ],
      },
    ],
    listeners: [readyListener('backend-namespaces', 'http')],
  },
  rejected(
    'HTTPRouteDisallowedKind',
    'httproute-disallowed-kind',
    httpRoute('disallowed-kind', 'tlsroutes-only', {
      Accepted: 'False/NotAllowedByListeners',
      ResolvedRefs: 'True/ResolvedRefs',
    }),
    'tlsroutes-only',
    'tls',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteExactPathMatching',
    'httproute-exact-path-matching',
    ['exact-matching'],
  ),
  acceptedOnSameNamespace(
    'HTTPRouteHeaderMatching',
    'httproute-header-matching',
    ['header-matching'],
  ),
  {
    test: 'HTTPRouteHostnameIntersection',
    fixture: 'httproute-hostname-intersection',
    routes: [
      ...[
        'specific-host-matches-listener-specific-host',
        'specific-host-matches-listener-wildcard-host',
        'wildcard-host-matches-listener-specific-host',
        'wildcard-host-matches-listener-wildcard-host',
      ].map(route =>
        httpRoute(
          route,
          'httproute-hostname-intersection',
          ACCEPTED_AND_RESOLVED,
        ),
      ),
      httpRoute('no-intersecting-hosts', 'httproute-hostname-intersection', {
        Accepted: 'False/NoMatchingListenerHostname',
      }),
      httpRoute(
        'httproute-hostname-intersection-all',
        'httproute-hostname-intersection-all',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [
      intersectionListener('listener-1', 2),
      intersectionListener('listener-2', 1),
      intersectionListener('listener-3', 1),
      readyListener('httproute-hostname-intersection-all', 'listener-1'),
    ],
  },
  {
    test: 'HTTPRouteHTTPSListenerDetectMisdirectedRequests',
    fixture: 'httproute-https-listener-detect-misdirected-requests',
    routes: HTTPS_LISTENERS.map((sectionName, i) =>
      httpRoute(
        `https-listener-detect-misdirected-requests-test-${i + 1}`,
        HTTPS_GATEWAY,
        ACCEPTED_AND_RESOLVED,
        { sectionName },
      ),
    ),
    listeners: HTTPS_LISTENERS.map(l => readyListener(HTTPS_GATEWAY, l)),
  },
  {
    test: 'HTTPRouteHTTPSListener',
    fixture: 'httproute-https-listener',
    routes: [
      httpRoute('httproute-https-test', HTTPS_GATEWAY, ACCEPTED_AND_RESOLVED),
      httpRoute(
        'httproute-https-test-no-hostname',
        HTTPS_GATEWAY,
        ACCEPTED_AND_RESOLVED,
        { sectionName: 'https-with-hostname' },
      ),
    ],
    listeners: HTTPS_LISTENERS.map(l => readyListener(HTTPS_GATEWAY, l)),
  },
  unresolvedOnSameNamespace(
    'HTTPRouteInvalidBackendRefUnknownKind',
    'httproute-invalid-backendref-unknown-kind',
    'invalid-backend-ref-unknown-kind',
    'False/InvalidKind',
  ),
  unresolvedOnSameNamespace(
    'HTTPRouteInvalidCrossNamespaceBackendRef',
    'httproute-invalid-cross-namespace-backend-ref',
    'invalid-cross-namespace-backend-ref',
    'False/RefNotPermitted',
  ),
  rejected(
    'HTTPRouteInvalidCrossNamespaceParentRef',
    'httproute-invalid-cross-namespace-parent-ref',
    {
      route:
        'HTTPRoute gateway-conformance-web-backend/invalid-cross-namespace-parent-ref',
      parents: [
        {
          parent: infraGateway(SAME_NAMESPACE),
          conditions: {
            Accepted: 'False/NotAllowedByListeners',
            ResolvedRefs: 'True/ResolvedRefs',
          },
        },
      ],
    },
    SAME_NAMESPACE,
    'http',
  ),
  unresolvedOnSameNamespace(
    'HTTPRouteInvalidNonExistentBackendRef',
    'httproute-invalid-nonexistent-backendref',
    'invalid-nonexistent-backend-ref',
    'False/BackendNotFound',
  ),
  rejected(
    'HTTPRouteInvalidParentRefNotMatchingListenerPort',
    'httproute-invalid-parentref-not-matching-listener-port',
    httpRoute(
      'httproute-listener-not-matching-route-port',
      SAME_NAMESPACE,
      {
        Accepted: 'False/NoMatchingParent',
        ResolvedRefs: 'True/ResolvedRefs',
      },
      { port: 81 },
    ),
    SAME_NAMESPACE,
    'http',
  ),
  rejected(
    'HTTPRouteInvalidParentRefNotMatchingSectionName',
    'httproute-invalid-parentref-not-matching-section-name',
    httpRoute(
      'httproute-listener-not-matching-section-name',
      SAME_NAMESPACE,
      { Accepted: 'False/NoMatchingParent' },
      { sectionName: 'http1', port: 80 },
    ),
    SAME_NAMESPACE,
    'http',
  ),
  rejected(
    'HTTPRouteInvalidParentRefSectionNameNotMatchingPort',
    'httproute-invalid-parentref-section-name-not-matching-port',
    httpRoute(
      'httproute-listener-section-name-not-matching-port',
      'gateway-with-one-not-matching-port-and-section-name-route',
      { Accepted: 'False/NoMatchingParent' },
      { sectionName: 'http', port: 81 },
    ),
    'gateway-with-one-not-matching-port-and-section-name-route',
    'http',
  ),
  unresolvedOnSameNamespace(
    'HTTPRouteInvalidReferenceGrant',
    'httproute-invalid-reference-grant',
    'reference-grant',
    'False/RefNotPermitted',
  ),
  {
    test: 'HTTPRouteListenerHostnameMatching',
    fixture: 'httproute-listener-hostname-matching',
    routes: [
      { route: 'backend-v1', sectionName: 'listener-1' },
      { route: 'backend-v2', sectionName: 'listener-2' },
    ]
      .map(({ route, sectionName }) =>
        httpRoute(
          route,
          'httproute-listener-hostname-matching',
          ACCEPTED_AND_RESOLVED,
          { sectionName },
        ),
      )
      .concat({
        route: `HTTPRoute ${INFRA}/backend-v3`,
        parents: ['listener-3', 'listener-4'].map(sectionName => ({
          parent: infraGateway('httproute-listener-hostname-matching'),
          sectionName,
          conditions: ACCEPTED_AND_RESOLVED,
        })),
      }),
    listeners: ['listener-1', 'listener-2', 'listener-3', 'listener-4'].map(
      listener =>
        readyListener('httproute-listener-hostname-matching', listener),
    ),
  },
  {
    test: 'HTTPRouteListenerPortMatching',
    fixture: 'httproute-listener-port-matching',
    routes: [
      httpRoute(
        'backend-v1',
        'httproute-listener-port-matching',
        ACCEPTED_AND_RESOLVED,
        { port: 80 },
      ),
      httpRoute(
        'backend-v2',
        'httproute-listener-port-matching',
        ACCEPTED_AND_RESOLVED,
        { port: 8080 },
      ),
      httpRoute(
        'backend-v3',
        'httproute-listener-port-matching',
        ACCEPTED_AND_RESOLVED,
        { sectionName: 'listener-4', port: 8090 },
      ),
    ],
    listeners: [1, 2, 3, 4, 5].map(n =>
      readyListener('httproute-listener-port-matching', `listener-${n}`),
    ),
  },
  acceptedOnSameNamespace(
    'HTTPRouteMatchingAcrossRoutes',
    'httproute-matching-across-routes',
    ['matching-part1', 'matching-part2'],
  ),
  acceptedOnSameNamespace('HTTPRouteMatching', 'httproute-matching', [
    'matching',
  ]),
  acceptedOnSameNamespace(
    'HTTPRouteMethodMatching',
    'httproute-method-matching',
    ['method-matching'],
  ),
  {
    test: 'HTTPRouteMultipleGateways',
    fixture: 'httproute-multiple-gateways',
    routes: [
      {
        route: `HTTPRoute ${INFRA}/multiple-gateways-shared-route`,
        parents: [SAME_NAMESPACE, 'all-namespaces'].map(gateway => ({
          parent: infraGateway(gateway),
          conditions: ACCEPTED,
        })),
      },
      httpRoute('same-namespace-dedicated-route', SAME_NAMESPACE, ACCEPTED),
      httpRoute('all-namespaces-dedicated-route', 'all-namespaces', ACCEPTED),
    ],
    listeners: [
      readyListener(SAME_NAMESPACE, 'http'),
      readyListener('all-namespaces', 'http'),
    ],
  },
];
