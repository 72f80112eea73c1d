import type { ConformanceCase } from './types';
import {
  ACCEPTED,
  ACCEPTED_AND_RESOLVED,
  INFRA,
  LISTENER_READY,
  infraRoute,
  noRoutesOn,
  readyListener,
} from './expectations';

const udp = 'udp';

/**
 * The GATEWAY-UDP profile's tests of gateway-api v1.6.1 that assert status. UDPRouteReferenceGrant
 * deletes its ReferenceGrant halfway, so it is two rows: before and after.
 */
export const gatewayUdpCases: ConformanceCase[] = [
  {
    test: 'UDPRouteInvalidBackendRefNonexistent',
    fixture: 'udproute-invalid-backendref-nonexistent',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-invalid-backend-ref-nonexistent',
        'udp-gateway-invalid-backend',
        { ResolvedRefs: 'False/BackendNotFound' },
        { sectionName: udp },
      ),
    ],
  },
  {
    test: 'UDPRouteInvalidCrossNamespaceBackendRef',
    fixture: 'udproute-invalid-cross-namespace-backend-ref',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-invalid-cross-namespace-backend-ref',
        'udp-gateway-invalid-cross-namespace-backend-ref',
        { Accepted: 'True/Accepted', ResolvedRefs: 'False/RefNotPermitted' },
        { sectionName: udp },
      ),
    ],
    listeners: [
      readyListener('udp-gateway-invalid-cross-namespace-backend-ref', udp),
    ],
  },
  {
    test: 'UDPRouteMultipleRoutesAttachment',
    fixture: 'udproute-multiple-routes-attachment',
    routes: ['udproute-attach-older', 'udproute-attach-newer'].map(route =>
      infraRoute(
        'UDPRoute',
        route,
        'udp-multi-route-attach-gateway',
        ACCEPTED,
        { sectionName: udp },
      ),
    ),
    listeners: [
      {
        ...readyListener('udp-multi-route-attach-gateway', udp),
        attachedRoutes: 2,
        supportedKinds: ['UDPRoute'],
        conditions: { ...LISTENER_READY, Accepted: 'True/Accepted' },
      },
    ],
  },
  {
    test: 'UDPRouteNotAllowedByListeners',
    fixture: 'udproute-not-allowed-by-listeners',
    routes: [
      infraRoute(
        'UDPRoute',
        'udproute-not-allowed-by-listeners',
        'udproute-tls-only-gateway',
        { Accepted: 'False/NotAllowedByListeners' },
        { sectionName: 'tls' },
      ),
    ],
    listeners: [noRoutesOn('udproute-tls-only-gateway', 'tls')],
  },
  {
    test: 'UDPRouteParentRefAttachAllListeners',
    fixture: 'udproute-parentref-attach-all-listeners',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-attach-all',
        'udp-attach-all-listeners-gateway',
        ACCEPTED,
      ),
    ],
    listeners: ['udp-1', 'udp-2', 'udp-3'].map(listener => ({
      gateway: `${INFRA}/udp-attach-all-listeners-gateway`,
      listener,
      attachedRoutes: 1,
      supportedKinds: ['UDPRoute'],
      conditions: { Accepted: 'True', ResolvedRefs: 'True' },
    })),
  },
  {
    test: 'UDPRouteParentRefPortAndSectionName',
    fixture: 'udproute-parentref-port-and-section-name',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-by-port',
        'udp-multi-listener-gateway',
        ACCEPTED,
        { port: 5300 },
      ),
      infraRoute(
        'UDPRoute',
        'udp-route-by-section',
        'udp-multi-listener-gateway',
        ACCEPTED,
        { sectionName: 'by-section' },
      ),
      infraRoute(
        'UDPRoute',
        'udp-route-by-section-and-port',
        'udp-multi-listener-gateway',
        ACCEPTED,
        { sectionName: 'by-section-and-port', port: 5302 },
      ),
    ],
  },
  {
    test: 'UDPRouteReferenceGrant',
    fixture: 'udproute-reference-grant',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-reference-grant',
        'udp-gateway-reference-grant',
        ACCEPTED_AND_RESOLVED,
        { sectionName: udp },
      ),
    ],
    listeners: [readyListener('udp-gateway-reference-grant', udp)],
  },
  {
    test: 'UDPRouteReferenceGrant (after the ReferenceGrant is deleted)',
    fixture: 'udproute-reference-grant-deleted',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-route-reference-grant',
        'udp-gateway-reference-grant',
        { ResolvedRefs: 'False/RefNotPermitted' },
        { sectionName: udp },
      ),
    ],
  },
  {
    test: 'UDPRoute',
    fixture: 'udproute-simple',
    routes: [
      infraRoute('UDPRoute', 'udp-coredns', 'udp-gateway', ACCEPTED, {
        sectionName: 'coredns',
      }),
    ],
    listeners: [readyListener('udp-gateway', 'coredns')],
  },
  {
    test: 'UDPRouteWeightedRouting',
    fixture: 'udproute-weighted-routing',
    routes: [
      infraRoute(
        'UDPRoute',
        'udp-weighted-route',
        'udp-weighted-gateway',
        ACCEPTED,
        { sectionName: udp },
      ),
    ],
    listeners: [readyListener('udp-weighted-gateway', udp)],
  },
];
