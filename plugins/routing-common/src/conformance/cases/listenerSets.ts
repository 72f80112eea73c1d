import type { ListenerSetCase } from './listenerSetExpectations';
import {
  ACCEPTED_LISTENER_SET,
  GATEWAY_ACCEPTED,
  LISTENERS_NOT_VALID,
  NOT_ALLOWED,
  ROUTE_ACCEPTED,
  conflictCase,
  httpRoute,
  infra,
  listenerSetParent,
  ready,
} from './listenerSetExpectations';
import { infraGateway, readyListener } from './expectations';

const ROUTES_ALLOWED_NS = 'gateway-api-routes-allowed-ns';
const ROUTES_NOT_ALLOWED_NS = 'gateway-api-routes-not-allowed-ns';
const LS_CROSS_NS = 'gateway-api-ls-cross-ns';
const namespacesSet = infra('listenerset-test-allowed-routes-namespaces');
const crossNsSet = `${LS_CROSS_NS}/listenerset-test-allowed-routes-cross-ns`;
const httpRoutingGateway = 'gateway-with-listener-sets-http-routing';
const httpRoutingSet = (n: 1 | 2) => infra(`listener-set-http-routing-${n}`);

/** The ListenerSet tests of gateway-api v1.6.1 (conformance/tests/listenerset-*), all of them. */
export const listenerSetCases: ListenerSetCase[] = [
  {
    test: 'ListenerSetAllowedNamespaceNone',
    fixture: 'listenerset-allowed-namespace-none',
    gateways: [
      {
        gateway: infra('gateway-does-not-allow-listenerset'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: { [infra('gateway-does-not-allow-listenerset')]: 0 },
    listenerSets: [
      {
        listenerSet: infra('listenerset-not-allowed'),
        conditions: NOT_ALLOWED,
      },
    ],
  },
  {
    test: 'ListenerSetAllowedNamespaceSame',
    fixture: 'listenerset-allowed-namespace-same',
    gateways: [
      {
        gateway: infra('gateway-allows-listenerset-in-same-namespace'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: {
      [infra('gateway-allows-listenerset-in-same-namespace')]: 1,
    },
    listenerSets: [
      {
        listenerSet: infra('listenerset-in-same-namespace'),
        conditions: ACCEPTED_LISTENER_SET,
        listeners: [ready('listenerset-in-same-namespace-listener')],
      },
      {
        listenerSet:
          'gateway-api-listenerset-not-allowed-ns/listenerset-in-different-namespace',
        conditions: NOT_ALLOWED,
      },
    ],
  },
  {
    test: 'ListenerSetAllowedNamespaceSelector',
    fixture: 'listenerset-allowed-namespace-selector',
    gateways: [
      {
        gateway: infra('gateway-allows-listenerset-in-selected-namespace'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: {
      [infra('gateway-allows-listenerset-in-selected-namespace')]: 1,
    },
    listenerSets: [
      {
        listenerSet:
          'gateway-api-listenerset-selector-allowed-ns/listenerset-in-selected-namespace',
        conditions: ACCEPTED_LISTENER_SET,
        listeners: [ready('listenerset-in-selected-namespace-listener')],
      },
      {
        listenerSet:
          'gateway-api-listenerset-selector-not-allowed-ns/listenerset-not-in-selected-namespace',
        conditions: NOT_ALLOWED,
      },
    ],
  },
  {
    test: 'ListenerSetAllowedRoutesNamespaces',
    fixture: 'listenerset-allowed-routes-namespaces',
    gateways: [
      {
        gateway: infra('gateway-with-listener-sets-test-allowed-routes'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: {
      [infra('gateway-with-listener-sets-test-allowed-routes')]: 2,
    },
    routes: [
      httpRoute(
        infra('route-in-same-namespace'),
        listenerSetParent(namespacesSet),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        `${ROUTES_ALLOWED_NS}/route-in-selected-namespace`,
        listenerSetParent(namespacesSet),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        `${ROUTES_NOT_ALLOWED_NS}/route-not-in-selected-namespace`,
        listenerSetParent(namespacesSet),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        `${LS_CROSS_NS}/route-in-listenerset-namespace`,
        listenerSetParent(crossNsSet),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        infra('route-in-gateway-namespace'),
        listenerSetParent(crossNsSet),
        { Accepted: 'False/NotAllowedByListeners' },
      ),
    ],
    listenerSets: [
      {
        listenerSet: namespacesSet,
        listeners: [
          ready('listener-set-listener-allowed-routes-all', 3),
          ready('listener-set-listener-allowed-routes-same', 1),
          ready('listener-set-listener-allowed-routes-selector', 1),
        ],
      },
      {
        listenerSet: crossNsSet,
        listeners: [
          ready('listener-set-listener-allowed-routes-cross-ns-same', 1),
        ],
      },
    ],
  },
  {
    test: 'ListenerSetAllowedRoutesSupportedKinds',
    fixture: 'listenerset-allowed-routes-supported-kinds',
    gateways: [
      {
        gateway: infra('gateway-with-listener-sets-test-supported-route-kinds'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    listenerSets: [
      {
        listenerSet: infra('listenerset-test-allowed-routes-supported-kinds'),
        listeners: [
          {
            listener: 'listener-set-listener-allowed-routes-tls-only',
            conditions: { ResolvedRefs: 'False/InvalidRouteKinds' },
          },
        ],
      },
    ],
  },
  {
    test: 'ListenerSetDefaultNotAllowed',
    fixture: 'listenerset-default-not-allowed',
    gateways: [
      {
        gateway: infra('gateway-default-does-not-allow-listenerset'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: {
      [infra('gateway-default-does-not-allow-listenerset')]: 0,
    },
    listenerSets: [
      {
        listenerSet: infra('listenerset-default-not-allowed'),
        conditions: NOT_ALLOWED,
      },
    ],
  },
  {
    test: 'ListenerSetDualParentRefIndependence',
    fixture: 'listenerset-dual-parentref-independence',
    gateways: [
      {
        gateway: infra('gateway-dual-parentref'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    attachedListenerSets: { [infra('gateway-dual-parentref')]: 1 },
    routes: [
      {
        route: `HTTPRoute ${infra('route-dual-parentref-both')}`,
        parents: [
          {
            parent: infraGateway('gateway-dual-parentref'),
            conditions: { Accepted: 'True' },
          },
          {
            parent: listenerSetParent(infra('ls-dual-parentref')),
            conditions: { Accepted: 'True' },
          },
        ],
      },
      {
        route: `HTTPRoute ${infra('route-dual-parentref-one')}`,
        parents: [
          {
            parent: infraGateway('gateway-dual-parentref'),
            sectionName: 'ls-dual-parentref-listener',
            conditions: { Accepted: 'False/NoMatchingParent' },
          },
          {
            parent: listenerSetParent(infra('ls-dual-parentref')),
            sectionName: 'ls-dual-parentref-listener',
            conditions: ROUTE_ACCEPTED,
          },
        ],
      },
    ],
    listenerSets: [
      {
        listenerSet: infra('ls-dual-parentref'),
        listeners: [ready('ls-dual-parentref-listener', 2)],
      },
    ],
  },
  {
    test: 'ListenerSetGatewayParentSectionNameNotFound',
    fixture: 'listenerset-gateway-parent-section-name-not-found',
    gateways: [
      { gateway: infra('gateway-section-name'), conditions: GATEWAY_ACCEPTED },
    ],
    attachedListenerSets: { [infra('gateway-section-name')]: 1 },
    routes: [
      httpRoute(
        infra('route-via-listenerset'),
        listenerSetParent(infra('listenerset-section-name')),
        ROUTE_ACCEPTED,
        'ls-only-listener',
      ),
      httpRoute(
        infra('route-via-gateway'),
        infraGateway('gateway-section-name'),
        { Accepted: 'False/NoMatchingParent' },
        'ls-only-listener',
      ),
    ],
    listenerSets: [
      {
        listenerSet: infra('listenerset-section-name'),
        listeners: [ready('ls-only-listener')],
      },
    ],
  },
  conflictCase('HostnameConflict'),
  {
    test: 'ListenerSetHTTPRouting',
    fixture: 'listenerset-http-routing',
    listeners: [
      readyListener(httpRoutingGateway, 'gateway-listener-1'),
      readyListener(httpRoutingGateway, 'gateway-listener-2'),
    ],
    attachedListenerSets: { [infra(httpRoutingGateway)]: 2 },
    routes: [
      {
        route: `HTTPRoute ${infra('attaches-to-all-listeners')}`,
        parents: [
          {
            parent: infraGateway(httpRoutingGateway),
            conditions: ROUTE_ACCEPTED,
          },
          {
            parent: listenerSetParent(httpRoutingSet(1)),
            conditions: ROUTE_ACCEPTED,
          },
          {
            parent: listenerSetParent(httpRoutingSet(2)),
            conditions: ROUTE_ACCEPTED,
          },
        ],
      },
      httpRoute(
        infra('gateway-route'),
        infraGateway(httpRoutingGateway),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        infra('gateway-section-route'),
        infraGateway(httpRoutingGateway),
        ROUTE_ACCEPTED,
        'gateway-listener-1',
      ),
      httpRoute(
        infra('listener-set-http-routing-1-route'),
        listenerSetParent(httpRoutingSet(1)),
        ROUTE_ACCEPTED,
      ),
      httpRoute(
        infra('listener-set-http-routing-1-section-route'),
        listenerSetParent(httpRoutingSet(1)),
        ROUTE_ACCEPTED,
        'listener-set-http-routing-1-listener-1',
      ),
      httpRoute(
        infra('listener-set-http-routing-2-route'),
        listenerSetParent(httpRoutingSet(2)),
        ROUTE_ACCEPTED,
      ),
    ],
    listenerSets: [
      {
        listenerSet: httpRoutingSet(1),
        listeners: [
          ready('listener-set-http-routing-1-listener-1', 3),
          ready('listener-set-http-routing-1-listener-2', 2),
        ],
      },
      {
        listenerSet: httpRoutingSet(2),
        listeners: [
          ready('listener-set-http-routing-2-listener-1', 2),
          ready('listener-set-http-routing-2-listener-2', 2),
        ],
      },
    ],
  },
  conflictCase('ProtocolConflict'),
  {
    test: 'ListenerSetReferenceGrant',
    fixture: 'listenerset-reference-grant',
    gateways: [
      {
        gateway: infra('gateway-with-listener-sets-test-reference-grant'),
        conditions: GATEWAY_ACCEPTED,
      },
    ],
    listenerSets: [
      {
        listenerSet: infra('listenerset-with-reference-grant'),
        conditions: { Accepted: 'True', Programmed: 'True' },
        listeners: [
          {
            listener: 'listenerset-with-reference-grant-listener',
            conditions: { ResolvedRefs: 'True' },
          },
        ],
      },
      {
        listenerSet:
          'gateway-api-listener-sets-test-reference-grant-ns/listenerset-without-reference-grant',
        conditions: LISTENERS_NOT_VALID,
        listeners: [
          {
            listener: 'listenerset-without-reference-grant-listener',
            conditions: { ResolvedRefs: 'False/RefNotPermitted' },
          },
        ],
      },
    ],
  },
  {
    test: 'ListenerSetRouteStatusScopedToParentRef',
    fixture: 'listenerset-route-status-scoped-to-parentref',
    gateways: [
      { gateway: infra('gateway-parentref'), conditions: GATEWAY_ACCEPTED },
    ],
    attachedListenerSets: { [infra('gateway-parentref')]: 1 },
    routes: [
      httpRoute(
        infra('route-parentref-gwonly'),
        infraGateway('gateway-parentref'),
        { Accepted: 'True' },
      ),
      httpRoute(
        infra('route-parentref-lsonly'),
        listenerSetParent(infra('listenerset-parentref')),
        ROUTE_ACCEPTED,
      ),
    ],
    listenerSets: [
      {
        listenerSet: infra('listenerset-parentref'),
        listeners: [ready('listenerset-parentref-listener', 1)],
      },
    ],
  },
];
