import type {
  ConformanceCase,
  ExpectedConditions,
  ExpectedRoute,
} from './types';
import {
  ACCEPTED,
  ACCEPTED_AND_RESOLVED,
  INFRA,
  infraRoute,
  noRoutesOn,
} from './expectations';

/** A TLSRoute with one parent, a Gateway of the infra namespace. */
function tlsRoute(
  route: string,
  gateway: string,
  conditions: ExpectedConditions,
  sectionName?: string,
): ExpectedRoute {
  return infraRoute(
    'TLSRoute',
    route,
    gateway,
    conditions,
    sectionName !== undefined ? { sectionName } : {},
  );
}

/**
 * The GATEWAY-TLS profile's tests of gateway-api v1.6.1 that assert status, as an
 * implementation with the TLSRouteModeTerminate and TLSRouteModeMixed features answers them.
 */
export const gatewayTlsCases: ConformanceCase[] = [
  {
    test: 'TLSRouteHostnameIntersection',
    fixture: 'tlsroute-hostname-intersection',
    routes: [
      tlsRoute(
        'tlsroute-more-specific-wc-hostname-x-1',
        'gw-tlsroute-exact-hostname-x-1',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-exact-hostname-x-2',
        'gw-tlsroute-more-specific-wc-hostname-x-2',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-less-specific-wc-hostname-x-2',
        'gw-tlsroute-more-specific-wc-hostname-x-2',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-exact-hostname-x-3',
        'gw-tlsroute-less-specific-wc-hostname-x-3',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-more-specific-wc-hostname-x-3',
        'gw-tlsroute-less-specific-wc-hostname-x-3',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-exact-hostname-x-4',
        'gw-tlsroute-empty-hostname-x-4',
        ACCEPTED_AND_RESOLVED,
      ),
      tlsRoute(
        'tlsroute-less-specific-wc-hostname-x-4',
        'gw-tlsroute-empty-hostname-x-4',
        ACCEPTED_AND_RESOLVED,
      ),
    ],
  },
  {
    test: 'TLSRouteInvalidBackendRefNonexistent',
    fixture: 'tlsroute-invalid-backendref-nonexistent',
    routes: [
      tlsRoute(
        'invalid-backend-ref-nonexistent',
        'gateway-tlsroute-invalid-backend-ref-nonexistent',
        { Accepted: 'True/Accepted', ResolvedRefs: 'False/BackendNotFound' },
      ),
    ],
  },
  {
    test: 'TLSRouteInvalidBackendRefUnknownKind',
    fixture: 'tlsroute-invalid-backendref-unknown-kind',
    routes: [
      tlsRoute(
        'invalid-backend-ref-unknown-kind',
        'gateway-tlsroute-invalid-backend-ref-unknown-kind',
        { Accepted: 'True/Accepted', ResolvedRefs: 'False/InvalidKind' },
      ),
    ],
  },
  {
    test: 'TLSRouteInvalidNoMatchingListenerHostname',
    fixture: 'tlsroute-invalid-no-matching-listener-hostname',
    routes: [
      tlsRoute('tlsroute-hostname-mismatch-1', 'gateway-tls-exact-hostname', {
        Accepted: 'False/NoMatchingListenerHostname',
      }),
      tlsRoute(
        'tlsroute-hostname-mismatch-2',
        'gateway-tls-wildcard-hostname',
        { Accepted: 'False/NoMatchingListenerHostname' },
      ),
    ],
    listeners: [
      noRoutesOn('gateway-tls-exact-hostname', 'tls'),
      noRoutesOn('gateway-tls-wildcard-hostname', 'tls'),
    ],
  },
  {
    test: 'TLSRouteInvalidNoMatchingListener',
    fixture: 'tlsroute-invalid-no-matching-listener',
    routes: [
      tlsRoute(
        'tlsroute-not-allowed-protocol-http',
        'gateway-tlsroute-http-only',
        { Accepted: 'False/NotAllowedByListeners' },
      ),
      tlsRoute(
        'tlsroute-not-allowed-protocol-https',
        'gateway-tlsroute-https-only',
        { Accepted: 'False/NotAllowedByListeners' },
      ),
      tlsRoute(
        'tlsroute-no-matching-section-name',
        'gateway-tlsroute-tls-passthrough-only',
        { Accepted: 'False/NoMatchingParent' },
        'nonexistent-listener',
      ),
    ],
    listeners: [
      noRoutesOn('gateway-tlsroute-http-only', 'http'),
      noRoutesOn('gateway-tlsroute-https-only', 'https'),
    ],
  },
  {
    test: 'TLSRouteInvalidReferenceGrant',
    fixture: 'tlsroute-invalid-reference-grant',
    routes: [
      tlsRoute(
        'gateway-conformance-infra-test',
        'gateway-tlsroute-referencegrant',
        { Accepted: 'True/Accepted', ResolvedRefs: 'False/RefNotPermitted' },
      ),
    ],
  },
  {
    test: 'TLSRouteListenerPassthroughSupportedKinds',
    fixture: 'tlsroute-listener-passthrough-supported-kinds',
    listeners: [
      {
        gateway: `${INFRA}/gateway-tlsroute-passthrough-supported-kind`,
        listener: 'tls-passthrough',
        attachedRoutes: 0,
        supportedKinds: ['TLSRoute'],
        conditions: { ResolvedRefs: 'False/InvalidRouteKinds' },
      },
    ],
  },
  {
    test: 'TLSRouteListenerTerminateSupportedKinds',
    fixture: 'tlsroute-listener-terminate-supported-kinds',
    listeners: [
      {
        gateway: `${INFRA}/gateway-tlsroute-terminate-supported`,
        listener: 'tls-terminate',
        attachedRoutes: 0,
        supportedKinds: ['TLSRoute'],
        conditions: { Accepted: 'True/Accepted' },
      },
    ],
  },
  {
    test: 'TLSRouteMixedTerminationSameNamespace',
    fixture: 'tlsroute-mixed-termination-same-namespace',
    routes: [
      tlsRoute(
        'gateway-conformance-mixed-passthroughroute',
        'gateway-tlsroute-mixed-termination',
        ACCEPTED,
      ),
      tlsRoute(
        'gateway-conformance-mixed-terminateroute',
        'gateway-tlsroute-mixed-termination',
        ACCEPTED,
      ),
    ],
    listeners: ['tls-terminate', 'tls-passthrough'].map(listener => ({
      gateway: `${INFRA}/gateway-tlsroute-mixed-termination`,
      listener,
      attachedRoutes: 1,
      supportedKinds: ['TLSRoute'],
      conditions: { Accepted: 'True/Accepted' },
    })),
  },
  {
    test: 'TLSRouteSimpleSameNamespace',
    fixture: 'tlsroute-simple-same-namespace',
    routes: [
      tlsRoute('gateway-conformance-infra-test', 'gateway-tlsroute', ACCEPTED),
    ],
  },
  {
    test: 'TLSRouteTerminateSimpleSameNamespace',
    fixture: 'tlsroute-terminate-simple-same-namespace',
    routes: [
      tlsRoute(
        'tlsroute-terminated-test',
        'gateway-tlsroute-terminate',
        ACCEPTED,
      ),
    ],
  },
];
