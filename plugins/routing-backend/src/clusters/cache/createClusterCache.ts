import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  apiVersionOf,
  KindName,
  kindNames,
  resourceKinds,
} from '../resourceKinds';
import type { ClusterCache, KindSync } from './types';
import { trimObject } from './trimObject';
import { createMultiIndex } from './multiIndex';
import { createValuePool } from './valuePool';
import {
  backendServiceKeys,
  isRouteKind,
  parentGatewayKeys,
  routeHostnames,
  RouteKindName,
} from './routeReferences';

interface Entry {
  kind: KindName;
  object: KubernetesObject;
}

function routeKeys(
  keysOf: (kind: RouteKindName, route: KubernetesObject) => string[],
) {
  return ({ kind, object }: Entry) =>
    isRouteKind(kind) ? new Set(keysOf(kind, object)) : [];
}

function labelKeys({ kind, object }: Entry): string[] {
  if (kind !== 'service' && !isRouteKind(kind)) return [];
  return Object.entries(object.metadata?.labels ?? {}).map(
    ([key, value]) => `${key}=${value}`,
  );
}

function objectKeyOf(object: KubernetesObject): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

/**
 * An empty cache for one cluster: objects per kind, trimmed as they arrive, indexed by label,
 * by backend Service, by parent Gateway and by hostname. Every kind starts `syncing`.
 */
export function createClusterCache(name: string): ClusterCache {
  const objects = new Map<KindName, Map<string, Entry>>(
    kindNames.map(kind => [kind, new Map()]),
  );
  const syncs = Object.fromEntries(
    kindNames.map(kind => [kind, { state: 'syncing' } as KindSync]),
  ) as Record<KindName, KindSync>;
  const byLabel = createMultiIndex<Entry>(labelKeys);
  const byService = createMultiIndex<Entry>(routeKeys(backendServiceKeys));
  const byGateway = createMultiIndex<Entry>(routeKeys(parentGatewayKeys));
  const byHostname = createMultiIndex<Entry>(routeKeys(routeHostnames));
  const indexes = [byLabel, byService, byGateway, byHostname];
  const pool = createValuePool();
  let version = 0;

  function trimmed(kind: KindName, object: KubernetesObject) {
    const resource = resourceKinds[kind];
    return trimObject(
      object,
      {
        apiVersion:
          syncs[kind].apiVersion ??
          apiVersionOf(resource, resource.versions[0]),
        kind: resource.kind,
      },
      pool,
    );
  }

  function removeEntry(kind: KindName, key: string) {
    const old = objects.get(kind)!.get(key);
    if (!old) return;
    indexes.forEach(index => index.remove(old));
    objects.get(kind)!.delete(key);
  }

  function addEntry(kind: KindName, object: KubernetesObject) {
    const key = objectKeyOf(object);
    removeEntry(kind, key);
    const entry = { kind, object: trimmed(kind, object) };
    objects.get(kind)!.set(key, entry);
    indexes.forEach(index => index.add(entry));
  }

  const values = (entries: Entry[]) => entries.map(entry => entry.object);

  return {
    name,
    get version() {
      return version;
    },
    replaceAll(kind, list) {
      for (const key of [...objects.get(kind)!.keys()]) removeEntry(kind, key);
      list.forEach(object => addEntry(kind, object));
      version++;
    },
    apply(kind, type, object) {
      if (type === 'DELETED') removeEntry(kind, objectKeyOf(object));
      else addEntry(kind, object);
      version++;
    },
    setSync(kind, sync) {
      syncs[kind] = sync;
      version++;
    },
    list(kind) {
      return [...objects.get(kind)!.values()].map(entry => entry.object);
    },
    get(kind, namespace, objectName) {
      return objects.get(kind)!.get(`${namespace}/${objectName}`)?.object;
    },
    withLabel(key, value) {
      return values(byLabel.get(`${key}=${value}`));
    },
    labelledObjects() {
      return kindNames
        .filter(kind => kind === 'service' || isRouteKind(kind))
        .flatMap(kind => this.list(kind));
    },
    routesToService(namespace, serviceName) {
      return values(byService.get(`${namespace}/${serviceName}`));
    },
    routesOnGateway(gatewayKind, namespace, gatewayName) {
      return values(
        byGateway.get(`${gatewayKind}/${namespace}/${gatewayName}`),
      );
    },
    routesForHostname(hostname) {
      return values(byHostname.get(hostname));
    },
    syncs() {
      return { ...syncs };
    },
  };
}
