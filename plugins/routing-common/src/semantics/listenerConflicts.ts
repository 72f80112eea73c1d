import type { ListenerOwner, ListenerSpec } from './model';

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

/** A listener another one may clash with, and how a message names it. */
interface Rival {
  listener: ListenerSpec;
  label: string;
}

/**
 * The first conflict of `listener` with the rivals: on protocol when they share a port their
 * protocols cannot share (HTTP with HTTPS or TLS, TCP with any of those), else on hostname
 * when HTTP, HTTPS or TLS listeners of one family share a port and a hostname (none counting
 * as one).
 */
function firstConflict(
  listener: ListenerSpec,
  rivals: Rival[],
): ListenerConflict | undefined {
  const { port } = listener;
  const onPort = rivals.filter(r => r.listener.port === port);
  const clash = onPort.find(
    r => !compatible(listener.protocol, r.listener.protocol),
  );
  if (clash) {
    return {
      reason: 'ProtocolConflict',
      message: `listener ${listener.name} (${listener.protocol}) shares port ${port} with ${clash.label} (${clash.listener.protocol})`,
    };
  }
  const same = onPort.find(
    r =>
      FAMILY[listener.protocol] !== undefined &&
      FAMILY[r.listener.protocol] === FAMILY[listener.protocol] &&
      (r.listener.hostname ?? '') === (listener.hostname ?? ''),
  );
  if (!same) return undefined;
  return {
    reason: 'HostnameConflict',
    message: `listener ${listener.name} shares port ${port} and hostname ${
      listener.hostname ?? '(any)'
    } with ${same.label}`,
  };
}

/**
 * The listeners of a Gateway (or of one ListenerSet) that are not distinct, by name (see
 * firstConflict). The spec asks that none of them be accepted.
 */
export function listenerConflicts(owner: {
  listeners: ListenerSpec[];
}): Map<string, ListenerConflict> {
  const conflicts = new Map<string, ListenerConflict>();
  for (const listener of owner.listeners) {
    const rivals = owner.listeners
      .filter(other => other !== listener)
      .map(other => ({ listener: other, label: `listener ${other.name}` }));
    const conflict = firstConflict(listener, rivals);
    if (conflict) conflicts.set(listener.name, conflict);
  }
  return conflicts;
}

/** A ListenerSet (or any owner) with its listeners, as merged into its Gateway. */
export interface ListenerGroup {
  owner: ListenerOwner;
  listeners: ListenerSpec[];
}

function ownerLabel(owner: ListenerOwner) {
  return `${owner.kind ?? 'Gateway'} ${owner.namespace}/${owner.name}`;
}

/**
 * The conflicts of the listeners of a Gateway's ListenerSets, one map per ListenerSet (by
 * listener name). The ListenerSet spec merges the Gateway's listeners with those of its
 * ListenerSets in this precedence: the Gateway's own, then ListenerSets oldest first, then by
 * `namespace/name` (`listenerSets` comes in that order). A listener that clashes with one
 * before it (see firstConflict) is the one conflicted; the earlier one keeps its place, as
 * the ListenerSetHostnameConflict and ListenerSetProtocolConflict conformance tests expect.
 * Of the listeners of one ListenerSet left after that, those that clash with each other are
 * all conflicted, as within a Gateway.
 */
export function listenerSetConflicts(
  gatewayListeners: ListenerGroup,
  listenerSets: ListenerGroup[],
): Array<Map<string, ListenerConflict>> {
  const rival = (owner: ListenerOwner) => (listener: ListenerSpec) => ({
    listener,
    label: `listener ${listener.name} of ${ownerLabel(owner)}`,
  });
  const rivals: Rival[] = gatewayListeners.listeners.map(
    rival(gatewayListeners.owner),
  );
  return listenerSets.map(set => {
    const conflicts = new Map<string, ListenerConflict>();
    const left: ListenerSpec[] = [];
    for (const listener of set.listeners) {
      const conflict = firstConflict(listener, rivals);
      if (conflict) conflicts.set(listener.name, conflict);
      else left.push(listener);
    }
    for (const [name, conflict] of listenerConflicts({ listeners: left }))
      conflicts.set(name, conflict);
    rivals.push(
      ...left.filter(l => !conflicts.has(l.name)).map(rival(set.owner)),
    );
    return conflicts;
  });
}
