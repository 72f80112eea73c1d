import {
  intersectHostname,
  type AttachedRouteView,
  type ClusterStatus,
  type GatewayView,
  type ListenerSetView,
  type ListenerView,
} from '@portway/plugin-routing-common';

/** What the gateways page is narrowed to; an absent key does not narrow. */
export interface GatewayFilters {
  /** Only Gateways of this cluster. */
  cluster?: string;
  /** Only Gateways in this namespace. */
  namespace?: string;
  /** Only listeners and routes serving this hostname; wildcards match as Gateway API says. */
  hostname?: string;
  /** Only routes whose entities this owner (an entity ref, `group:default/team-shop`) owns. */
  owner?: string;
}

/** The owner entity ref of each catalog entity ref the routes name. */
export type OwnersByEntity = ReadonlyMap<string, string>;

/** A listener as shown: the routes that pass the filters, of all it has. */
export interface ShownListener {
  listener: ListenerView;
  routes: AttachedRouteView[];
}

/** A ListenerSet as shown: its listeners that pass the filters. */
export interface ShownListenerSet {
  listenerSet: ListenerSetView;
  listeners: ShownListener[];
}

/** A Gateway as shown: its listeners, and its ListenerSets' listeners, that pass the filters. */
export interface ShownGateway {
  gateway: GatewayView;
  listeners: ShownListener[];
  /** Its ListenerSets with a listener that passes (every one, without a hostname or owner filter). */
  listenerSets: ShownListenerSet[];
}

/** The choices each filter offers, from what the answer holds. */
export interface GatewayFilterOptions {
  clusters: string[];
  namespaces: string[];
  owners: string[];
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

/** The clusters (every one asked, with Gateways or not), namespaces and owners to choose from. */
export function gatewayFilterOptions(
  gateways: GatewayView[],
  clusters: ClusterStatus[],
  owners: OwnersByEntity,
): GatewayFilterOptions {
  return {
    clusters: sorted([
      ...clusters.map(cluster => cluster.name),
      ...gateways.map(gateway => gateway.cluster),
    ]),
    namespaces: sorted(gateways.map(gateway => gateway.namespace)),
    owners: sorted(owners.values()),
  };
}

/** Whether a hostname (`*.shop.example.com`, or `*` for any) serves the wanted one. */
function serves(hostname: string, wanted: string): boolean {
  return hostname === '*' || intersectHostname(hostname, wanted) !== undefined;
}

/** A route serves the hostnames it lists, or the listener's when it lists none. */
function routeServes(
  listener: ListenerView,
  route: AttachedRouteView,
  wanted: string,
): boolean {
  const hostnames =
    route.hostnames.length > 0 ? route.hostnames : [listener.hostname ?? '*'];
  return hostnames.some(hostname => serves(hostname, wanted));
}

function ownedBy(
  route: AttachedRouteView,
  owner: string,
  owners: OwnersByEntity,
): boolean {
  return route.entityRefs.some(ref => owners.get(ref) === owner);
}

function showListener(
  listener: ListenerView,
  filters: GatewayFilters,
  owners: OwnersByEntity,
): ShownListener | undefined {
  const { owner } = filters;
  const hostname = filters.hostname?.trim().toLocaleLowerCase('en-US');
  const routes = listener.routes.filter(
    route =>
      (!hostname || routeServes(listener, route, hostname)) &&
      (!owner || ownedBy(route, owner, owners)),
  );
  if (!hostname && !owner) return { listener, routes };
  const listenerServes =
    !!hostname &&
    listener.hostname !== undefined &&
    serves(listener.hostname, hostname);
  return routes.length > 0 || (listenerServes && !owner)
    ? { listener, routes }
    : undefined;
}

/**
 * The Gateways that pass the filters, each with the listeners and routes that do: a Gateway
 * of the cluster and namespace chosen, with a listener (its own or one of its ListenerSets')
 * whose own hostname serves the hostname chosen, or with routes that serve it and belong to
 * entities of the owner chosen. Without a hostname or owner, every listener and route of a
 * Gateway and its ListenerSets shows.
 */
export function filterGateways(
  gateways: GatewayView[],
  filters: GatewayFilters,
  owners: OwnersByEntity,
): ShownGateway[] {
  const narrowsListeners = !!filters.hostname?.trim() || !!filters.owner;
  return gateways.flatMap(gateway => {
    if (filters.cluster && gateway.cluster !== filters.cluster) return [];
    if (filters.namespace && gateway.namespace !== filters.namespace) return [];
    const shownListeners = (all: ListenerView[]) =>
      all.flatMap(listener => showListener(listener, filters, owners) ?? []);
    const listeners = shownListeners(gateway.listeners);
    const listenerSets = (gateway.listenerSets ?? []).flatMap(listenerSet => {
      const shown = shownListeners(listenerSet.listeners);
      return narrowsListeners && shown.length === 0
        ? []
        : [{ listenerSet, listeners: shown }];
    });
    return narrowsListeners &&
      listeners.length === 0 &&
      listenerSets.length === 0
      ? []
      : [{ gateway, listeners, listenerSets }];
  });
}
