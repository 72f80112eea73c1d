// The shapes and the shared expectations of the ListenerSet conformance table (listenerSets.ts).
import type {
  ConformanceCase,
  ExpectedConditions,
  ExpectedRoute,
} from './types';
import { INFRA, LISTENER_READY, readyListener } from './expectations';

/** What a conformance test asserts of one listener of a ListenerSet. */
export interface ExpectedListenerSetListener {
  listener: string;
  attachedRoutes?: number;
  /** Kinds that must be among the listener's supportedKinds. */
  supportedKinds?: string[];
  conditions?: ExpectedConditions;
}

/** What a conformance test asserts of one ListenerSet. */
export interface ExpectedListenerSet {
  /** `namespace/name` of the ListenerSet. */
  listenerSet: string;
  conditions?: ExpectedConditions;
  listeners?: ExpectedListenerSetListener[];
}

/** A ListenerSet conformance test as a table row: the Gateway rows plus ListenerSet status. */
export interface ListenerSetCase extends ConformanceCase {
  listenerSets?: ExpectedListenerSet[];
  /** status.attachedListenerSets by Gateway `namespace/name`. */
  attachedListenerSets?: Record<string, number>;
}

export const infra = (name: string) => `${INFRA}/${name}`;

/** `ListenerSet namespace/name`, as a route parent. */
export const listenerSetParent = (key: string) => `ListenerSet ${key}`;

export const GATEWAY_ACCEPTED: ExpectedConditions = { Accepted: 'True' };

export const NOT_ALLOWED: ExpectedConditions = {
  Accepted: 'False/NotAllowed',
  Programmed: 'False/NotAllowed',
};

export const LISTENERS_NOT_VALID: ExpectedConditions = {
  Accepted: 'False/ListenersNotValid',
  Programmed: 'False/ListenersNotValid',
};

/** What the conflict tests assert of a ListenerSet that keeps some valid listeners. */
const PARTLY_VALID: ExpectedConditions = {
  Accepted: 'True',
  Programmed: 'True/Programmed',
};

export const ACCEPTED_LISTENER_SET: ExpectedConditions = {
  Accepted: 'True/Accepted',
  Programmed: 'True/Programmed',
};

/** A listener as `RoutesAndParentMustBeAccepted` and `generateAcceptedListenerConditions` want it. */
export const ready = (
  listener: string,
  attachedRoutes?: number,
): ExpectedListenerSetListener => ({
  listener,
  ...(attachedRoutes !== undefined
    ? { attachedRoutes, supportedKinds: ['HTTPRoute'] }
    : {}),
  conditions: LISTENER_READY,
});

const conflicted = (
  listener: string,
  reason: 'HostnameConflict' | 'ProtocolConflict',
): ExpectedListenerSetListener => ({
  listener,
  conditions: {
    Accepted: `False/${reason}`,
    Programmed: `False/${reason}`,
    Conflicted: `True/${reason}`,
  },
});

/** An HTTPRoute with one parent and the Accepted condition the test asserts there. */
export function httpRoute(
  key: string,
  parent: string,
  conditions: ExpectedConditions,
  sectionName?: string,
): ExpectedRoute {
  return {
    route: `HTTPRoute ${key}`,
    parents: [{ parent, ...(sectionName ? { sectionName } : {}), conditions }],
  };
}

export const ROUTE_ACCEPTED: ExpectedConditions = { Accepted: 'True/Accepted' };

/** The precedence tests: one for hostname conflicts, one for protocol conflicts. */
export function conflictCase(
  reason: 'HostnameConflict' | 'ProtocolConflict',
): ListenerSetCase {
  const word = reason === 'HostnameConflict' ? 'hostname' : 'protocol';
  const gateway = `gateway-with-listenerset-${word}-conflict`;
  const withGateway = `${word}-conflict-with-gateway-listener`;
  const withSet = `${word}-conflict-with-listener-set-listener`;
  const set = (n: string) =>
    infra(`listenerset-with-${word}-conflict-with-${n}`);
  return {
    test: `ListenerSet${reason}`,
    fixture: `listenerset-${word}-conflict`,
    gateways: [{ gateway: infra(gateway), conditions: GATEWAY_ACCEPTED }],
    listeners: [
      readyListener(gateway, 'gateway-listener'),
      readyListener(gateway, withGateway),
    ],
    attachedListenerSets: { [infra(gateway)]: 2 },
    listenerSets: [
      {
        listenerSet: set('gateway-1'),
        conditions: PARTLY_VALID,
        listeners: [
          ready('listener-set-1-listener'),
          conflicted(withGateway, reason),
          ready(withSet),
        ],
      },
      {
        listenerSet: set('gateway-2'),
        conditions: LISTENERS_NOT_VALID,
        listeners: [conflicted(withGateway, reason)],
      },
      {
        listenerSet: set('listener-set-1'),
        conditions: PARTLY_VALID,
        listeners: [
          ready('listener-set-2-listener'),
          conflicted(withSet, reason),
        ],
      },
      {
        listenerSet: set('listener-set-2'),
        conditions: LISTENERS_NOT_VALID,
        listeners: [conflicted(withSet, reason)],
      },
    ],
  };
}
