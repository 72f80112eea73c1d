import {
  clusterKindOf,
  isRouteKind,
  KubernetesObject,
  normalizeParentRef,
  parentGatewayKeys,
  refersToGateway,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from './cache/types';
import { splitObjectKey } from './cache/routeReferences';

type Cache = Pick<ClusterCacheReader, 'get' | 'list'>;

const keyOf = (object: KubernetesObject) =>
  `${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? ''}`;

/** The Gateway a ListenerSet asks to join, as `namespace/name`; undefined for other parents. */
function parentGatewayKey(listenerSet: KubernetesObject): string | undefined {
  const ref = listenerSet.spec?.parentRef;
  if (!ref?.name) return undefined;
  const parent = normalizeParentRef(ref, keyOf(listenerSet).split('/')[0]);
  return refersToGateway(parent)
    ? `${parent.namespace}/${parent.name}`
    : undefined;
}

/** The ListenerSets (`namespace/name`) the routes among `objects` name as parents. */
function namedListenerSets(objects: KubernetesObject[]): string[] {
  const prefix = 'listenerSet/';
  return objects.flatMap(object => {
    const kind = clusterKindOf(object);
    if (!kind || !isRouteKind(kind)) return [];
    return parentGatewayKeys(kind, object)
      .filter(key => key.startsWith(prefix))
      .map(key => key.slice(prefix.length));
  });
}

/** The cached objects of `kind` for `keys`, by key; keys not in the cache are left out. */
function cached(
  cache: Cache,
  kind: 'gateway' | 'listenerSet',
  keys: Iterable<string>,
) {
  const found = new Map<string, KubernetesObject>();
  for (const key of keys) {
    const object = cache.get(kind, ...splitObjectKey(key));
    if (object) found.set(key, object);
  }
  return found;
}

/**
 * What the analysis of `objects` (a route's or a Gateway's neighbourhood) needs to know about
 * ListenerSets and leaves out: the ListenerSets its routes name as parents, the Gateways
 * (with their classes) those join, and every ListenerSet joining one of those Gateways or of
 * the Gateways among `objects` (ListenerSets of one Gateway conflict with each other and with
 * its own listeners). Objects already among `objects` are not repeated.
 */
export function listenerSetNeighbours(
  cache: Cache,
  objects: KubernetesObject[],
): KubernetesObject[] {
  const given = new Set(
    objects.filter(o => clusterKindOf(o)).map(o => `${o.kind}/${keyOf(o)}`),
  );
  const isNew = (object: KubernetesObject) =>
    !given.has(`${object.kind}/${keyOf(object)}`);

  const named = cached(cache, 'listenerSet', namedListenerSets(objects));
  const gatewayKeys = new Set([
    ...objects.filter(o => clusterKindOf(o) === 'gateway').map(keyOf),
    ...[...named.values()].flatMap(set => parentGatewayKey(set) ?? []),
  ]);
  const joining = gatewayKeys.size
    ? cache
        .list('listenerSet')
        .filter(set => gatewayKeys.has(parentGatewayKey(set) ?? ''))
    : [];
  const listenerSets = [
    ...new Map([
      ...named,
      ...joining.map(set => [keyOf(set), set] as const),
    ]).values(),
  ].filter(isNew);
  const gateways = [...cached(cache, 'gateway', gatewayKeys).values()].filter(
    isNew,
  );
  const classNames = new Set(
    gateways.flatMap(gateway => gateway.spec?.gatewayClassName ?? []),
  );
  const classes = [...classNames]
    .flatMap(name => cache.get('gatewayClass', '', name) ?? [])
    .filter(isNew);
  return [...listenerSets, ...gateways, ...classes];
}
