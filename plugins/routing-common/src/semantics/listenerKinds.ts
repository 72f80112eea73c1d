import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { ListenerSpec } from './model';

/**
 * The route kinds each listener protocol carries, as an implementation of the standard channel
 * with HTTPRoute, GRPCRoute and TLSRoute support would list them in `supportedKinds`.
 *
 * @public
 */
export const ROUTE_KINDS_BY_PROTOCOL: Record<string, string[]> = {
  HTTP: ['HTTPRoute', 'GRPCRoute'],
  HTTPS: ['HTTPRoute', 'GRPCRoute'],
  TLS: ['TLSRoute'],
  TCP: ['TCPRoute'],
  UDP: ['UDPRoute'],
};

/** Whether the listener protocol is one an implementation knows. */
export function protocolSupported(protocol: string): boolean {
  return Object.prototype.hasOwnProperty.call(
    ROUTE_KINDS_BY_PROTOCOL,
    protocol,
  );
}

/**
 * The route kinds a listener accepts, and the ones it asks for that its protocol cannot carry.
 *
 * @public
 */
export interface ListenerKinds {
  /** Kinds (of Gateway API's group) routes may have to attach: the listener's supportedKinds. */
  supported: string[];
  /** Entries of `allowedRoutes.kinds` that are not valid for the protocol, as `group/Kind`. */
  invalid: string[];
}

/**
 * Resolves a listener's `allowedRoutes.kinds`: when absent, every kind the protocol carries;
 * when given, the ones the protocol carries, the rest reported as invalid (InvalidRouteKinds).
 *
 * @public
 */
export function listenerKinds(listener: ListenerSpec): ListenerKinds {
  const carried = ROUTE_KINDS_BY_PROTOCOL[listener.protocol] ?? [];
  const asked = listener.allowedRoutes?.kinds;
  if (!asked || asked.length === 0)
    return { supported: [...carried], invalid: [] };
  const supported: string[] = [];
  const invalid: string[] = [];
  for (const entry of asked) {
    const group = entry.group ?? GATEWAY_API_GROUP;
    if (group === GATEWAY_API_GROUP && carried.includes(entry.kind)) {
      if (!supported.includes(entry.kind)) supported.push(entry.kind);
    } else {
      invalid.push(`${group}/${entry.kind}`);
    }
  }
  return { supported, invalid };
}
