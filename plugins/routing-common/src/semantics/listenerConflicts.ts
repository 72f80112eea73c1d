import type { GatewayModel, ListenerSpec } from './model';

/** Why a listener is Conflicted with others of its Gateway. */
export interface ListenerConflict {
  reason: 'HostnameConflict' | 'ProtocolConflict';
  message: string;
}

/** Protocols that can share a port; TCP with UDP is fine, HTTPS with TLS is told apart by SNI. */
const FAMILY: Record<string, string> = {
  HTTP: 'http',
  HTTPS: 'tls',
  TLS: 'tls',
};

function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (FAMILY[a] && FAMILY[a] === FAMILY[b]) return true;
  return [a, b].includes('TCP') && [a, b].includes('UDP');
}

/**
 * The listeners of a Gateway that are not distinct, by name. Listeners sharing a port conflict
 * on protocol when their protocols cannot share it (HTTP with HTTPS or TLS, TCP with any of
 * those), and on hostname when HTTP, HTTPS or TLS listeners of one family share a port and a
 * hostname (none counting as one). The spec asks that none of them be accepted.
 */
export function listenerConflicts(
  gateway: GatewayModel,
): Map<string, ListenerConflict> {
  const conflicts = new Map<string, ListenerConflict>();
  const byPort = new Map<number, ListenerSpec[]>();
  for (const listener of gateway.listeners) {
    byPort.set(listener.port, [...(byPort.get(listener.port) ?? []), listener]);
  }
  for (const [port, listeners] of byPort) {
    for (const listener of listeners) {
      const others = listeners.filter(other => other !== listener);
      const clash = others.find(
        other => !compatible(listener.protocol, other.protocol),
      );
      if (clash) {
        conflicts.set(listener.name, {
          reason: 'ProtocolConflict',
          message: `listener ${listener.name} (${listener.protocol}) shares port ${port} with listener ${clash.name} (${clash.protocol})`,
        });
        continue;
      }
      const same = others.find(
        other =>
          FAMILY[listener.protocol] !== undefined &&
          FAMILY[other.protocol] === FAMILY[listener.protocol] &&
          (other.hostname ?? '') === (listener.hostname ?? ''),
      );
      if (same) {
        conflicts.set(listener.name, {
          reason: 'HostnameConflict',
          message: `listener ${
            listener.name
          } shares port ${port} and hostname ${
            listener.hostname ?? '(any)'
          } with listener ${same.name}`,
        });
      }
    }
  }
  return conflicts;
}
