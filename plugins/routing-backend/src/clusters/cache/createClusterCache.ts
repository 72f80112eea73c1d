import { isDeepStrictEqual } from 'util';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  apiVersionOf,
  KindName,
  kindNames,
  ResourceKind,
  resourceKinds,
} from '../resourceKinds';
import type { ClusterCache, ClusterCacheChange, KindSync } from './types';
import { trimObject, trimToName } from './trimObject';
import { createMultiIndex } from './multiIndex';
import { createObjectSharing } from './valuePool';
import {
  backendServiceKeys,
  isRouteKind,
  parentGatewayKeys,
  routeHostnames,
} from './routeReferences';

/** A route's hostnames; `` for a route without any, which takes its listeners' hostnames. */
function hostnameKeys(hostnames: string[]): Set<string> {
  return new Set(hostnames.length > 0 ? hostnames : ['']);
}

/** The keys of one object in each index; none for kinds an index does not cover. */
function indexKeys(kind: KindName, object: KubernetesObject) {
  const route = isRouteKind(kind);
  const labelled = route || kind === 'service';
  return {
    label: labelled
      ? Object.entries(object.metadata?.labels ?? {}).map(
          ([key, value]) => `${key}=${value}`,
        )
      : [],
    service: route ? new Set(backendServiceKeys(kind, object)) : [],
    gateway: route ? new Set(parentGatewayKeys(kind, object)) : [],
    hostname: route ? hostnameKeys(routeHostnames(kind, object)) : [],
  };
}

/** Objects of one kind by namespace (`` for cluster-scoped kinds), then name. */
type KindObjects = Map<string, Map<string, KubernetesObject>>;

/** The object's keys in KindObjects: its namespace (`` when it has none) and name. */
const namespaceKey = (object: KubernetesObject) =>
  object.metadata?.namespace ?? '';
const nameKey = (object: KubernetesObject) => object.metadata?.name ?? '';

/** Whether a sync state differs in what answers show: state, apiVersion or message. */
function syncChanged(before: KindSync, after: KindSync): boolean {
  return (
    before.state !== after.state ||
    before.apiVersion !== after.apiVersion ||
    before.message !== after.message
  );
}

/**
 * An empty cache for one cluster: objects per kind, trimmed as they arrive (kinds read as
 * metadata only down to their namespace and name), indexed by label,
 * by backend Service, by parent Gateway and by hostname. Every kind starts `syncing`.
 */
export function createClusterCache(name: string): ClusterCache {
  const objects = new Map<KindName, KindObjects>(
    kindNames.map(kind => [kind, new Map()]),
  );
  const syncs = Object.fromEntries(
    kindNames.map(kind => [kind, { state: 'syncing' } as KindSync]),
  ) as Record<KindName, KindSync>;
  const indexes = {
    label: createMultiIndex<KubernetesObject>(),
    service: createMultiIndex<KubernetesObject>(),
    gateway: createMultiIndex<KubernetesObject>(),
    hostname: createMultiIndex<KubernetesObject>(),
  };
  const sharing = createObjectSharing();
  const listeners = new Set<(change: ClusterCacheChange) => void>();
  let version = 0;

  function changed(kind: KindName) {
    listeners.forEach(listener => listener({ cluster: name, kind }));
  }

  function trimmed(kind: KindName, object: KubernetesObject) {
    const resource: ResourceKind = resourceKinds[kind];
    const defaults = {
      apiVersion:
        syncs[kind].apiVersion ?? apiVersionOf(resource, resource.versions[0]),
      kind: resource.kind,
    };
    return resource.metadataOnly
      ? trimToName(object, defaults, sharing)
      : trimObject(object, defaults, sharing);
  }

  function index(
    change: 'add' | 'remove',
    kind: KindName,
    object: KubernetesObject,
  ) {
    const keys = indexKeys(kind, object);
    for (const key of Object.keys(indexes) as Array<keyof typeof indexes>) {
      indexes[key][change](object, keys[key]);
    }
  }

  function get(kind: KindName, namespace: string, objectName: string) {
    return objects.get(kind)!.get(namespace)?.get(objectName);
  }

  /** Removes an object; the removed object, if there was one. */
  function remove(kind: KindName, namespace: string, objectName: string) {
    const names = objects.get(kind)!.get(namespace);
    const old = names?.get(objectName);
    if (!old) return undefined;
    index('remove', kind, old);
    names!.delete(objectName);
    if (names!.size === 0) objects.get(kind)!.delete(namespace);
    return old;
  }

  /** Stores an object in place of the one of its name; true when the trimmed object differs. */
  function add(kind: KindName, object: KubernetesObject): boolean {
    const kept = trimmed(kind, object);
    const namespace = namespaceKey(kept);
    const objectName = nameKey(kept);
    const old = remove(kind, namespace, objectName);
    const byNamespace = objects.get(kind)!;
    if (!byNamespace.has(namespace)) byNamespace.set(namespace, new Map());
    byNamespace.get(namespace)!.set(objectName, kept);
    index('add', kind, kept);
    return !isDeepStrictEqual(old, kept);
  }

  function list(kind: KindName): KubernetesObject[] {
    return [...objects.get(kind)!.values()].flatMap(names => [
      ...names.values(),
    ]);
  }

  /** Whether the kind holds exactly the objects of `before`, each equal to its namesake. */
  function holdsExactly(kind: KindName, before: KubernetesObject[]) {
    return (
      list(kind).length === before.length &&
      before.every(old =>
        isDeepStrictEqual(old, get(kind, namespaceKey(old), nameKey(old))),
      )
    );
  }

  return {
    name,
    get version() {
      return version;
    },
    replaceAll(kind, all) {
      const before = list(kind);
      before.forEach(old => index('remove', kind, old));
      objects.get(kind)!.clear();
      all.forEach(object => add(kind, object));
      version++;
      if (!holdsExactly(kind, before)) changed(kind);
    },
    apply(kind, type, object) {
      const differs =
        type === 'DELETED'
          ? remove(kind, namespaceKey(object), nameKey(object)) !== undefined
          : add(kind, object);
      version++;
      if (differs) changed(kind);
    },
    setSync(kind, sync) {
      const before = syncs[kind];
      syncs[kind] = sync;
      version++;
      if (syncChanged(before, sync)) changed(kind);
    },
    list,
    get,
    withLabel(key, value) {
      return indexes.label.get(`${key}=${value}`);
    },
    labelledObjects() {
      return kindNames
        .filter(kind => kind === 'service' || isRouteKind(kind))
        .flatMap(list);
    },
    routesToService(namespace, serviceName) {
      return indexes.service.get(`${namespace}/${serviceName}`);
    },
    routesOnGateway(gatewayKind, namespace, gatewayName) {
      return indexes.gateway.get(`${gatewayKind}/${namespace}/${gatewayName}`);
    },
    routesForHostname(hostname) {
      return indexes.hostname.get(hostname);
    },
    syncs() {
      return { ...syncs };
    },
    onChange(listener) {
      const own = (change: ClusterCacheChange) => listener(change);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
  };
}
