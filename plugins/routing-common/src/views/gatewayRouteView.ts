import { effectiveHostnames } from '../gatewayApi/hostnames';
import {
  GATEWAY_API_GROUP,
  normalizeParentRef,
  refersToGateway,
  sameParentRef,
  selectsListener,
} from '../gatewayApi/parentRefs';
import { listenerUrl, schemeForProtocol } from '../gatewayApi/urls';
import { KubernetesObject } from '../kubernetes/objects';
import type {
  BackendView,
  ParentListener,
  ParentReference,
  ParentView,
  RouteView,
} from '../types/routes';
import { ObjectLookup, serviceBackendView } from './backendStates';
import { meshRouteDetails, meshRouteUrls } from './meshRouteDetails';
import { routeIdentity } from './routeIdentity';
import { summarizeParents } from './summarizeParents';

/**
 * What a route view needs to know about the cluster around the route.
 *
 * @public
 */
export interface RouteContext {
  /** The name of the cluster the route was read from. */
  cluster: string;
  /** Gateways of the cluster by `namespace/name` (a Map, or a cache's lookup). */
  gateways: Pick<ReadonlyMap<string, KubernetesObject>, 'get'>;
  /** ListenerSets of the cluster by `namespace/name`, for routes whose parent is one. */
  listenerSets?: Pick<ReadonlyMap<string, KubernetesObject>, 'get'>;
  /** How the route was found to belong to the entity. */
  matchedBy: RouteView['matchedBy'];
  /**
   * Services of the cluster by `namespace/name`; when given, each Service backend says whether
   * it is there with the port (`state`, `message`).
   */
  services?: ObjectLookup;
}

interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
}

/** The Gateway or ListenerSet a parentRef names, when the context knows it. */
function parentObject(
  ref: ParentReference,
  routeNamespace: string,
  context: RouteContext,
) {
  const parent = normalizeParentRef(ref, routeNamespace);
  const key = `${parent.namespace}/${parent.name}`;
  if (refersToGateway(parent))
    return { parent, object: context.gateways.get(key) };
  if (parent.group === GATEWAY_API_GROUP && parent.kind === 'ListenerSet') {
    return { parent, object: context.listenerSets?.get(key) };
  }
  return { parent, object: undefined };
}

function listenersFor(
  ref: ParentReference,
  routeNamespace: string,
  context: RouteContext,
) {
  const { parent, object } = parentObject(ref, routeNamespace, context);
  if (!object) return undefined;
  const listeners: Listener[] = object.spec?.listeners ?? [];
  return listeners.filter(listener => selectsListener(parent, listener));
}

function parentViews(
  route: KubernetesObject,
  context: RouteContext,
): ParentView[] {
  const namespace = route.metadata?.namespace ?? 'default';
  const hostnames: string[] = route.spec?.hostnames ?? [];
  const statuses: any[] = route.status?.parents ?? [];
  return (route.spec?.parentRefs ?? []).map(
    (ref: ParentReference): ParentView => {
      const status = statuses.find(
        s => s.parentRef && sameParentRef(s.parentRef, ref, namespace),
      );
      const listeners = listenersFor(ref, namespace, context)
        ?.filter(
          listener =>
            effectiveHostnames(listener.hostname, hostnames).length > 0,
        )
        .map(
          ({ name, hostname, port, protocol }): ParentListener => ({
            name,
            ...(hostname ? { hostname } : {}),
            port,
            protocol,
          }),
        );
      return {
        ref,
        conditions: status?.conditions ?? [],
        ...(status?.controllerName
          ? { controllerName: status.controllerName }
          : {}),
        ...(listeners ? { listeners } : {}),
      };
    },
  );
}

function rulePaths(route: KubernetesObject): string[] {
  const paths = (route.spec?.rules ?? []).flatMap((rule: any) => {
    const matches: any[] = rule.matches ?? [];
    if (matches.length === 0) return ['/'];
    return matches.map(match => {
      const path = match.path;
      if (!path) return '/';
      return path.type === 'RegularExpression' ? undefined : path.value ?? '/';
    });
  });
  return [
    ...new Set<string>(
      paths.filter((p: string | undefined) => p !== undefined),
    ),
  ];
}

function urlsFor(
  route: KubernetesObject,
  parents: ParentView[],
  context: RouteContext,
): string[] {
  const hostnames: string[] = route.spec?.hostnames ?? [];
  const paths = route.kind === 'GRPCRoute' ? ['/'] : rulePaths(route);
  const mesh = meshRouteUrls(route, paths, context.services);
  const urls = parents.flatMap(parent =>
    (parent.listeners ?? []).flatMap(listener => {
      const scheme = schemeForProtocol(listener.protocol);
      if (!scheme) return [];
      return effectiveHostnames(listener.hostname, hostnames).flatMap(
        hostname =>
          paths.map(path => listenerUrl(scheme, hostname, listener.port, path)),
      );
    }),
  );
  return [
    ...new Set([
      ...urls.filter((url): url is string => url !== undefined),
      ...mesh,
    ]),
  ];
}

function backendViews(
  route: KubernetesObject,
  services: ObjectLookup | undefined,
): BackendView[] {
  const namespace = route.metadata?.namespace ?? 'default';
  const refs = (route.spec?.rules ?? []).flatMap(
    (rule: any) => rule.backendRefs ?? [],
  );
  return refs.map((ref: any): BackendView => {
    const backend = {
      kind: ref.kind ?? 'Service',
      namespace: ref.namespace ?? namespace,
      name: ref.name,
      ...(ref.port !== undefined ? { port: ref.port } : {}),
      ...(ref.weight !== undefined ? { weight: ref.weight } : {}),
    };
    const isService = (ref.group ?? '') === '' && backend.kind === 'Service';
    return services && isService
      ? serviceBackendView(services, backend)
      : backend;
  });
}

/**
 * The Routing tab's view of a Gateway API route (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute,
 * UDPRoute), whose parents are Gateways, ListenerSets or, for mesh routes (GAMMA,
 * experimental), Services: those get `meshRoute` and in-mesh URLs.
 *
 * @public
 */
export function gatewayRouteView(
  route: KubernetesObject,
  context: RouteContext,
): RouteView {
  const parents = parentViews(route, context);
  const meshRoute = meshRouteDetails(route);
  return {
    ...routeIdentity(route, context),
    hostnames: route.spec?.hostnames ?? [],
    urls: urlsFor(route, parents, context),
    parents,
    backends: backendViews(route, context.services),
    summary: summarizeParents(parents, route.metadata?.generation),
    ...(meshRoute ? { meshRoute } : {}),
  };
}
