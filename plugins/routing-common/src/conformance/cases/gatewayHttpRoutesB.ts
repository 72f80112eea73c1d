import type { ConformanceCase } from './types';
import {
  ACCEPTED,
  ACCEPTED_AND_RESOLVED,
  infraRoute,
  readyListener,
  acceptedOnSameNamespace,
  SAME_NAMESPACE,
  HTTPS_GATEWAY,
} from './expectations';

const HTTP_8080_GATEWAY = 'same-namespace-with-http-listener-on-8080';

/**
 * The GATEWAY-HTTP profile's httproute-* tests of gateway-api v1.6.1 from `httproute-n` to
 * `httproute-z` that assert status. Most assert only that the route is accepted and resolved;
 * what they check beyond that is traffic.
 */
export const gatewayHttpRouteCasesB: ConformanceCase[] = [
  acceptedOnSameNamespace(
    'HTTPRouteNamedRule',
    'httproute-named-rule',
    'http-named-rules',
  ),
  {
    // Asserted after the test's patch (in the fixture), without GatewayAndHTTPRoutesMustBeAccepted,
    // so with any Accepted reason and nothing of listeners.
    test: 'HTTPRouteObservedGenerationBump',
    fixture: 'httproute-observed-generation-bump',
    routes: [
      infraRoute('HTTPRoute', 'observed-generation-bump', SAME_NAMESPACE, {
        Accepted: 'True',
        ResolvedRefs: 'True/ResolvedRefs',
      }),
    ],
  },
  acceptedOnSameNamespace(
    'HTTPRouteNoBackendRefs',
    'httproute-omitted-backendrefs',
    'omitted-backendrefs',
  ),
  acceptedOnSameNamespace(
    'HTTPRoutePartiallyInvalidViaInvalidReferenceGrant',
    'httproute-partially-invalid-via-invalid-reference-grant',
    'invalid-reference-grant',
    { Accepted: 'True/Accepted', ResolvedRefs: 'False/RefNotPermitted' },
  ),
  acceptedOnSameNamespace(
    'HTTPRoutePathMatchOrder',
    'httproute-path-match-order',
    'path-matching-order',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteQueryParamMatching',
    'httproute-query-param-matching',
    'query-param-matching',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRedirectHostAndStatus',
    'httproute-redirect-host-and-status',
    'redirect-host-and-status',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRedirectPath',
    'httproute-redirect-path',
    'redirect-path',
  ),
  {
    test: 'HTTPRouteRedirectPortAndScheme',
    fixture: 'httproute-redirect-port-and-scheme',
    routes: [
      infraRoute(
        'HTTPRoute',
        'http-route-for-listener-on-port-80',
        SAME_NAMESPACE,
        ACCEPTED_AND_RESOLVED,
      ),
      infraRoute(
        'HTTPRoute',
        'http-route-for-listener-on-port-8080',
        HTTP_8080_GATEWAY,
        ACCEPTED_AND_RESOLVED,
      ),
      infraRoute(
        'HTTPRoute',
        'http-route-for-listener-on-port-443',
        HTTPS_GATEWAY,
        ACCEPTED_AND_RESOLVED,
      ),
    ],
    listeners: [
      readyListener(SAME_NAMESPACE, 'http'),
      readyListener(HTTP_8080_GATEWAY, 'http'),
      ...[
        'https',
        'https-with-hostname',
        'https-with-wildcard-hostname',
        'https-with-hostname-matching-wildcard',
      ].map(listener => readyListener(HTTPS_GATEWAY, listener)),
    ],
  },
  acceptedOnSameNamespace(
    'HTTPRouteRedirectPort',
    'httproute-redirect-port',
    'redirect-port',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRedirectScheme',
    'httproute-redirect-scheme',
    'redirect-scheme',
  ),
  // Status is asserted only while the ReferenceGrant exists; after its deletion only traffic.
  acceptedOnSameNamespace(
    'HTTPRouteReferenceGrant',
    'httproute-reference-grant',
    'reference-grant',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRequestHeaderModifierBackendWeights',
    'httproute-request-header-modifier-backend-weights',
    'request-header-modifier-backend-weights',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteBackendRequestHeaderModifier',
    'httproute-request-header-modifier-backend',
    'request-header-modifier',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRequestHeaderModifier',
    'httproute-request-header-modifier',
    'request-header-modifier',
  ),
  // The two mirror tests check no ResolvedRefs.
  acceptedOnSameNamespace(
    'HTTPRouteRequestMirror',
    'httproute-request-mirror',
    'request-mirror',
    ACCEPTED,
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRequestMultipleMirrors',
    'httproute-request-multiple-mirrors',
    'request-multiple-mirrors',
    ACCEPTED,
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRequestPercentageMirror',
    'httproute-request-percentage-mirror',
    'request-percentage-mirror',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteResponseHeaderModifier',
    'httproute-response-header-modifier',
    'response-header-modifier',
  ),
  acceptedOnSameNamespace('HTTPRouteRetry', 'httproute-retry', 'retries'),
  acceptedOnSameNamespace(
    'HTTPRouteRewriteHost',
    'httproute-rewrite-host',
    'rewrite-host',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteRewritePath',
    'httproute-rewrite-path',
    'rewrite-path',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteServiceTypes',
    'httproute-service-types',
    'service-types',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteSimpleSameNamespace',
    'httproute-simple-same-namespace',
    'gateway-conformance-infra-test',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteTimeoutBackendRequest',
    'httproute-timeout-backend-request',
    'backend-request-timeout',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteTimeoutRequest',
    'httproute-timeout-request',
    'request-timeout',
  ),
  acceptedOnSameNamespace(
    'HTTPRouteWeight',
    'httproute-weight',
    'weighted-backends',
  ),
];
