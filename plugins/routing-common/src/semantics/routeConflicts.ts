import { effectiveHostnames, intersectHostname } from '../gatewayApi/hostnames';
import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { listWords } from './conditions';
import type { Inventory, RouteModel } from './model';
import { routeDetails, routeKey, shadowedRules } from './routeMatches';
import type { RouteDetails } from './routeMatches';

/**
 * A route the analysis attached to one listener of a Gateway.
 *
 * @public
 */
export interface ListenerAttachment {
  /** The route attached to the listener. */
  route: RouteModel;
  /** `namespace/name` of the Gateway. */
  gatewayKey: string;
  /** The listener's name. */
  listener: string;
}

/** A route attached to a listener, with its matches and effective hostnames there. */
export interface Attached {
  route: RouteModel;
  name: string;
  details: RouteDetails;
  /** The route's effective hostnames on the listener (`*`: any). */
  hostnames: string[];
}

/** Two routes of which only one gets a listener's traffic (or, across kinds, is accepted). */
export interface Conflict {
  winner: Attached;
  loser: Attached;
  places: string[];
  hostnames: Set<string>;
  matches: Set<string>;
}

const created = (a: Attached) => a.details.created ?? Infinity;
const nsName = (a: Attached) => `${a.route.namespace}/${a.route.name}`;

/**
 * The spec's precedence between routes: the oldest creationTimestamp, then `namespace/name`
 * in alphabetical order. A route without creationTimestamp (not applied yet) counts as newest.
 */
function precedes(a: Attached, b: Attached): boolean {
  if (created(a) !== created(b)) return created(a) < created(b);
  return nsName(a) < nsName(b);
}

/** Hostnames both sides serve: equal ones, or with `intersect`, any non-empty intersection. */
function sharedHostnames(a: string[], b: string[], intersect: boolean) {
  if (!intersect) return a.filter(h => b.includes(h));
  return a.flatMap(x =>
    b.flatMap(y => {
      if (x === '*' || y === '*') return [x === '*' ? y : x];
      return intersectHostname(x, y) ?? [];
    }),
  );
}

function message(c: Conflict): string {
  const { winner, loser } = c;
  const why =
    created(winner) !== created(loser) ? 'older' : 'first by namespace/name';
  const where = `on ${listWords(c.places)}`;
  const hosts = listWords([...c.hostnames]);
  if (winner.route.kind !== loser.route.kind) {
    // GRPCRoute spec (v1.6): when an HTTPRoute and a GRPCRoute on one listener have
    // intersecting hostnames, "the implementation MUST accept exactly one of these two routes"
    // (oldest creation timestamp, then "{namespace}/{name}"), and "The rejected Route MUST
    // raise an 'Accepted' condition with a status of 'False'". They are never merged.
    return `${winner.name} and ${loser.name} are a GRPCRoute and an HTTPRoute on one hostname (${hosts}) ${where}; they are not merged: only ${winner.name} is accepted (${why}), ${loser.name} is rejected`;
  }
  return `${winner.name} and ${loser.name} both route ${hosts} ${listWords([
    ...c.matches,
  ])} ${where}; ${winner.name} wins (${why}), ${
    loser.name
  } gets no traffic for these matches`;
}

const isWildcard = (hostname: string) =>
  hostname === '*' || hostname.startsWith('*.');

/**
 * The pairs of routes on one listener that can conflict, without comparing every pair (a
 * shared Gateway carries thousands of routes): routes that share an effective hostname, and,
 * across HTTPRoute and GRPCRoute, a route with a wildcard hostname and every route of the
 * other kind (two hostnames without wildcards intersect only when they are equal).
 */
function candidatePairs(attached: Attached[]): Array<[Attached, Attached]> {
  const pairs = new Map<string, [Attached, Attached]>();
  const add = (a: Attached, b: Attached) => {
    if (a === b) return;
    const [first, second] = a.name < b.name ? [a, b] : [b, a];
    pairs.set(`${first.name}|${second.name}`, [first, second]);
  };
  const byHostname = new Map<string, Attached[]>();
  for (const a of attached) {
    for (const hostname of new Set(a.hostnames)) {
      const sharing = byHostname.get(hostname) ?? [];
      sharing.forEach(b => add(a, b));
      sharing.push(a);
      byHostname.set(hostname, sharing);
    }
  }
  const wildcards = attached.filter(a => a.hostnames.some(isWildcard));
  for (const a of wildcards) {
    attached.filter(b => b.route.kind !== a.route.kind).forEach(b => add(a, b));
  }
  return [...pairs.values()];
}

/** Records a conflict between two routes on one listener, if they have one. */
function judgePair(
  a: Attached,
  b: Attached,
  place: string,
  conflicts: Map<string, Conflict>,
) {
  const kinds = new Set([a.route.kind, b.route.kind]);
  const sameKind = kinds.size === 1;
  if (![...kinds].every(k => k === 'HTTPRoute' || k === 'GRPCRoute')) return;
  const hostnames = sharedHostnames(a.hostnames, b.hostnames, !sameKind);
  const bKeys = new Set(b.details.rules.flat().map(m => m.key));
  const matches = sameKind
    ? a.details.rules.flat().filter(m => bKeys.has(m.key))
    : [];
  if (hostnames.length === 0 || (sameKind && matches.length === 0)) return;
  const [winner, loser] = precedes(a, b) ? [a, b] : [b, a];
  const key = `${winner.name}|${loser.name}`;
  const conflict = conflicts.get(key) ?? {
    winner,
    loser,
    places: [],
    hostnames: new Set<string>(),
    matches: new Set<string>(),
  };
  if (!conflict.places.includes(place)) conflict.places.push(place);
  hostnames.forEach(h => conflict.hostnames.add(h));
  matches.forEach(m => conflict.matches.add(m.label));
  conflicts.set(key, conflict);
}

/**
 * The conflicts between routes attached to one listener: two routes of one kind with one
 * effective hostname and an identical match, or an HTTPRoute and a GRPCRoute with intersecting
 * hostnames. `places` name the listeners as `listener <name> of Gateway <ns>/<name>`.
 */
export function findConflicts(
  details: Map<string, RouteDetails>,
  inventory: Inventory,
  attachments: ListenerAttachment[],
): Conflict[] {
  const byListener = new Map<string, Map<string, Attached>>();
  for (const { route, gatewayKey, listener } of attachments) {
    const found = details.get(
      routeKey(route.kind, route.namespace, route.name),
    );
    const spec = inventory.gateways
      .get(gatewayKey)
      ?.listeners.find(l => l.name === listener);
    if (!found || !spec) continue;
    const place = `listener ${listener} of Gateway ${gatewayKey}`;
    const attached = byListener.get(place) ?? new Map<string, Attached>();
    const name = `${route.kind} ${route.namespace}/${route.name}`;
    if (attached.has(name)) continue;
    attached.set(name, {
      route,
      name,
      details: found,
      hostnames: effectiveHostnames(spec.hostname, route.hostnames),
    });
    byListener.set(place, attached);
  }
  const conflicts = new Map<string, Conflict>();
  for (const [place, attached] of byListener) {
    for (const [a, b] of candidatePairs([...attached.values()])) {
      judgePair(a, b, place, conflicts);
    }
  }
  return [...conflicts.values()];
}

/**
 * Conflicts between routes and within them, from Gateway API v1.6's matching precedence:
 * HostnameConflict (warning) for two routes of one kind attached to one listener that claim
 * one effective hostname with an identical match (the older one wins, then `namespace/name`);
 * HostnameConflict (error) for an HTTPRoute and a GRPCRoute on one listener with intersecting
 * hostnames (the newer one is rejected); ShadowedRule (warning) for a rule whose every match
 * an earlier rule of the same route already has.
 */
export function routeConflicts(
  objects: KubernetesObject[],
  inventory: Inventory,
  attachments: ListenerAttachment[],
): Finding[] {
  const details = routeDetails(objects);
  const findings: Finding[] = [];
  for (const route of inventory.routes) {
    const key = routeKey(route.kind, route.namespace, route.name);
    const found = details.get(key);
    if (found) findings.push(...shadowedRules(key, found));
  }
  for (const conflict of findConflicts(details, inventory, attachments)) {
    const cross = conflict.winner.route.kind !== conflict.loser.route.kind;
    findings.push({
      severity: cross ? 'error' : 'warning',
      code: 'HostnameConflict',
      message: message(conflict),
    });
  }
  return findings;
}
