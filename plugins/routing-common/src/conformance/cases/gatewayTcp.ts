import type { ConformanceCase } from './types';
import {
  ACCEPTED,
  LISTENER_READY,
  infraRoute,
  noRoutesOn,
  readyListener,
} from './expectations';

const tcp = 'tcp';

/**
 * The GATEWAY-TCP profile's tests of gateway-api v1.6.1 that assert status. TCPRouteReferenceGrant
 * deletes its ReferenceGrant halfway, so it is two rows: before and after.
 */
export const gatewayTcpCases: ConformanceCase[] = [
  {
    test: 'TCPRouteInvalidBackendRefNonexistent',
    fixture: 'tcproute-invalid-backendref-nonexistent',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-route-invalid-backend-ref-nonexistent',
        'tcp-gateway-invalid-backend',
        { ResolvedRefs: 'False/BackendNotFound' },
        { sectionName: tcp },
      ),
    ],
  },
  {
    test: 'TCPRouteInvalidCrossNamespaceBackendRef',
    fixture: 'tcproute-invalid-cross-namespace-backend-ref',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-invalid-cross-namespace-backend-ref',
        'tcp-invalid-cross-namespace-backend-ref-gateway',
        { Accepted: 'True/Accepted', ResolvedRefs: 'False/RefNotPermitted' },
        { sectionName: tcp },
      ),
    ],
    listeners: [
      readyListener('tcp-invalid-cross-namespace-backend-ref-gateway', tcp),
    ],
  },
  {
    test: 'TCPRouteInvalidNonTCPListener',
    fixture: 'tcproute-invalid-non-tcp-listener',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-route',
        'tcp-mixed-protocol-gateway',
        { Accepted: 'False/NotAllowedByListeners' },
        { sectionName: 'only-allow-http-routes' },
      ),
    ],
    listeners: [
      noRoutesOn('tcp-mixed-protocol-gateway', 'only-allow-http-routes'),
    ],
  },
  {
    test: 'TCPRouteMultipleRoutesAttachment',
    fixture: 'tcproute-multiple-routes-attachment',
    routes: ['tcproute-attach-older', 'tcproute-attach-newer'].map(route =>
      infraRoute(
        'TCPRoute',
        route,
        'tcp-multi-route-attach-gateway',
        ACCEPTED,
        { sectionName: tcp },
      ),
    ),
    listeners: [
      {
        ...readyListener('tcp-multi-route-attach-gateway', tcp),
        attachedRoutes: 2,
        supportedKinds: ['TCPRoute'],
        conditions: { ...LISTENER_READY, Accepted: 'True/Accepted' },
      },
    ],
  },
  {
    test: 'TCPRouteParentRefAttachAll',
    fixture: 'tcproute-parentref-attach-all',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-route-attach-all',
        'tcp-attach-all-gateway',
        ACCEPTED,
      ),
    ],
  },
  {
    test: 'TCPRouteParentRefPortAndSectionName',
    fixture: 'tcproute-parentref-port-and-section-name',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-route-by-port',
        'tcp-multi-listener-gateway',
        ACCEPTED,
        { port: 9300 },
      ),
      infraRoute(
        'TCPRoute',
        'tcp-route-by-section',
        'tcp-multi-listener-gateway',
        ACCEPTED,
        { sectionName: 'two' },
      ),
      infraRoute(
        'TCPRoute',
        'tcp-route-by-section-and-port',
        'tcp-multi-listener-gateway',
        ACCEPTED,
        { sectionName: 'three', port: 9302 },
      ),
    ],
  },
  {
    test: 'TCPRouteReferenceGrant',
    fixture: 'tcproute-reference-grant',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-reference-grant',
        'tcp-reference-grant-gateway',
        ACCEPTED,
        { sectionName: tcp },
      ),
    ],
    listeners: [readyListener('tcp-reference-grant-gateway', tcp)],
  },
  {
    test: 'TCPRouteReferenceGrant (after the ReferenceGrant is deleted)',
    fixture: 'tcproute-reference-grant-deleted',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-reference-grant',
        'tcp-reference-grant-gateway',
        { ResolvedRefs: 'False/RefNotPermitted' },
        { sectionName: tcp },
      ),
    ],
  },
  {
    test: 'TCPRouteWeightedRouting',
    fixture: 'tcproute-weighted-routing',
    routes: [
      infraRoute(
        'TCPRoute',
        'tcp-weighted-route',
        'tcp-weighted-gateway',
        ACCEPTED,
        { sectionName: tcp },
      ),
    ],
    listeners: [readyListener('tcp-weighted-gateway', tcp)],
  },
];
