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

/**
 * An empty cache for one cluster: objects per kind, trimmed as they arrive, indexed by label,
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
      sharing,
    );
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

  function remove(kind: KindName, namespace: string, objectName: string) {
    const names = objects.get(kind)!.get(namespace);
    const old = names?.get(objectName);
    if (!old) return;
    index('remove', kind, old);
    names!.delete(objectName);
    if (names!.size === 0) objects.get(kind)!.delete(namespace);
  }

  function add(kind: KindName, object: KubernetesObject) {
    const kept = trimmed(kind, object);
    const namespace = kept.metadata?.namespace ?? '';
    const objectName = kept.metadata?.name ?? '';
    remove(kind, namespace, objectName);
    const byNamespace = objects.get(kind)!;
    if (!byNamespace.has(namespace)) byNamespace.set(namespace, new Map());
    byNamespace.get(namespace)!.set(objectName, kept);
    index('add', kind, kept);
  }

  function list(kind: KindName): KubernetesObject[] {
    return [...objects.get(kind)!.values()].flatMap(names => [
      ...names.values(),
    ]);
  }

  return {
    name,
    get version() {
      return version;
    },
    replaceAll(kind, all) {
      objects
        .get(kind)!
        .forEach(names => names.forEach(old => index('remove', kind, old)));
      objects.get(kind)!.clear();
      all.forEach(object => add(kind, object));
      version++;
    },
    apply(kind, type, object) {
      if (type === 'DELETED') {
        remove(
          kind,
          object.metadata?.namespace ?? '',
          object.metadata?.name ?? '',
        );
      } else {
        add(kind, object);
      }
      version++;
    },
    setSync(kind, sync) {
      syncs[kind] = sync;
      version++;
    },
    list,
    get(kind, namespace, objectName) {
      return objects.get(kind)!.get(namespace)?.get(objectName);
    },
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
  };
}
