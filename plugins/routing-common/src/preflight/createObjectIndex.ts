import type { KubernetesObject } from '../kubernetes/objects';
import {
  backendServiceKeys,
  isRouteKind,
  parentGatewayKeys,
  routeHostnames,
} from '../kubernetes/routeReferences';
import { clusterKindOf } from './clusterKinds';
import type { ClusterKindName, ClusterObjects } from './types';

interface Entry {
  kind: ClusterKindName;
  object: KubernetesObject;
  /** A route's hostnames, parent Gateway keys and backend Service keys; absent for other kinds. */
  route?: { hostnames: string[]; gateways: string[]; services: string[] };
}

function entryOf(object: KubernetesObject): Entry | undefined {
  const kind = clusterKindOf(object);
  if (!kind) return undefined;
  if (!isRouteKind(kind)) return { kind, object };
  return {
    kind,
    object,
    route: {
      hostnames: routeHostnames(kind, object),
      gateways: parentGatewayKeys(kind, object),
      services: backendServiceKeys(kind, object),
    },
  };
}

/**
 * {@link ClusterObjects} over a plain list, such as the objects of `portway render --state`
 * files: lookups scan the list, which suits a dump (the backend answers from its indexes).
 *
 * @public
 */
export function createObjectIndex(objects: KubernetesObject[]): ClusterObjects {
  const entries = objects.flatMap(object => entryOf(object) ?? []);
  const objectsWhere = (keep: (entry: Entry) => boolean) =>
    entries.filter(keep).map(entry => entry.object);
  return {
    get: (kind, namespace, name) =>
      entries.find(
        entry =>
          entry.kind === kind &&
          (entry.object.metadata?.namespace ?? '') === namespace &&
          entry.object.metadata?.name === name,
      )?.object,
    list: kind => objectsWhere(entry => entry.kind === kind),
    routesForHostname: hostname =>
      objectsWhere(({ route }) => {
        if (!route) return false;
        if (hostname === '') return route.hostnames.length === 0;
        return route.hostnames.includes(hostname);
      }),
    routesOnGateway: (namespace, name) =>
      objectsWhere(
        ({ route }) =>
          route?.gateways.includes(`gateway/${namespace}/${name}`) ?? false,
      ),
    routesToService: (namespace, name) =>
      objectsWhere(
        ({ route }) =>
          route?.services.includes(`${namespace}/${name}`) ?? false,
      ),
  };
}
