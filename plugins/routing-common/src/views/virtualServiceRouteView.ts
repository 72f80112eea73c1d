import { CLUSTER_DOMAIN } from '../exposure/exposureNames';
import { listenerUrl } from '../gatewayApi/urls';
import { virtualServiceDestinations } from '../istio/destinations';
import { MESH_GATEWAY, resolveGatewayRef } from '../istio/gatewayRefs';
import { IstioHostContext, resolveIstioHost } from '../istio/hosts';
import { ISTIO_NETWORKING_GROUP } from '../istio/model';
import { asArray, namespaceOf } from '../kubernetes/objectFields';
import { KubernetesObject } from '../kubernetes/objects';
import type {
  BackendView,
  ParentView,
  RouteCondition,
  RouteView,
} from '../types/routes';
import {
  ObjectLookup,
  resolvedRefsFromBackends,
  serviceBackendView,
  uniqueBackends,
} from './backendStates';
import { bindToIstioGateway, IstioServerBinding } from './istioGatewayBinding';
import { meshUrls } from './meshUrls';
import { routeIdentity } from './routeIdentity';
import { summarizeParents } from './summarizeParents';
import {
  virtualServiceMatches,
  virtualServicePaths,
} from './virtualServiceMatches';

/**
 * What a VirtualService's view needs to know about the cluster around it.
 *
 * @public
 */
export interface VirtualServiceContext {
  /** The name of the cluster the VirtualService was read from. */
  cluster: string;
  /** How the VirtualService was found to belong to the entity. */
  matchedBy: RouteView['matchedBy'];
  /** The cluster's Services by `namespace/name`: destination states and in-mesh ports. */
  services: ObjectLookup;
  /** The cluster's Istio Gateways by `namespace/name`. */
  istioGateways: ObjectLookup;
  /** The cluster DNS domain; `cluster.local` unless given. */
  clusterDomain?: string;
}

function hostContext(context: VirtualServiceContext): IstioHostContext {
  return { clusterDomain: context.clusterDomain ?? CLUSTER_DOMAIN };
}

/**
 * Each destination (routes and mirrors of http, tcp and tls rules): a Service of this cluster
 * with its state, or, for a host outside the cluster (a ServiceEntry's, an external name),
 * kind `Host` with the host as name, an empty namespace and no state.
 */
function backendViews(
  vs: KubernetesObject,
  context: VirtualServiceContext,
): BackendView[] {
  const namespace = namespaceOf(vs);
  const backends = virtualServiceDestinations(vs).flatMap(
    ({ destination, weight }): BackendView[] => {
      if (typeof destination.host !== 'string' || !destination.host) return [];
      const { service } = resolveIstioHost(
        destination.host,
        namespace,
        hostContext(context),
      );
      const port = destination.port?.number;
      if (!service) {
        return [
          {
            kind: 'Host',
            namespace: '',
            name: destination.host,
            ...(port !== undefined ? { port: Number(port) } : {}),
            ...(weight !== undefined ? { weight } : {}),
          },
        ];
      }
      return [
        serviceBackendView(context.services, {
          ...service,
          ...(port !== undefined ? { port: Number(port) } : {}),
          ...(weight !== undefined ? { weight } : {}),
        }),
      ];
    },
  );
  return uniqueBackends(backends);
}

const meshRef = {
  group: ISTIO_NETWORKING_GROUP,
  kind: 'Gateway',
  name: MESH_GATEWAY,
};

const meshAccepted: RouteCondition = {
  type: 'Accepted',
  status: 'True',
  reason: 'Accepted',
  message: 'bound to the mesh: the sidecars of every workload apply it',
};

function predicted(
  ref: ParentView['ref'],
  accepted: RouteCondition,
  resolvedRefs: RouteCondition,
  listeners?: IstioServerBinding[],
): ParentView {
  return {
    ref,
    conditions: [accepted, resolvedRefs],
    conditionsFrom: 'analysis',
    predictedBecause: 'no-status',
    ...(listeners ? { listeners: listeners.map(b => b.listener) } : {}),
  };
}

/** `spec.gateways` as written; `mesh` when absent or empty, as Istio reads it. */
function gatewayEntries(vs: KubernetesObject): string[] {
  const entries = asArray(vs.spec?.gateways).filter(
    (g): g is string => typeof g === 'string',
  );
  return entries.length > 0 ? entries : [MESH_GATEWAY];
}

/** The URL scheme of an Istio Gateway server protocol; undefined for TCP, MONGO and the like. */
const SERVER_SCHEMES: Record<string, 'http' | 'https'> = {
  HTTPS: 'https',
  TLS: 'https',
  HTTP: 'http',
  HTTP2: 'http',
  GRPC: 'http',
  'GRPC-WEB': 'http',
};

function gatewayUrls(
  bindings: IstioServerBinding[],
  paths: string[],
): string[] {
  return bindings.flatMap(({ listener, hostnames }) => {
    const scheme = SERVER_SCHEMES[listener.protocol];
    if (!scheme) return [];
    return hostnames.flatMap(hostname =>
      paths.flatMap(
        path => listenerUrl(scheme, hostname, listener.port, path) ?? [],
      ),
    );
  });
}

/**
 * The Routing tab's view of an Istio VirtualService. Istio writes no per-gateway status, so
 * each parent (one per `spec.gateways` entry, `mesh` when there is none) carries the
 * conditions Portway predicts (`conditionsFrom: 'analysis'`, `predictedBecause: 'no-status'`),
 * and the summary is read from them:
 * - Accepted: True for `mesh`; for an Istio Gateway, whether it exists and a server of it takes
 *   one of the VirtualService's hosts from its namespace (see `bindToIstioGateway`);
 * - ResolvedRefs: whether every destination Service exists with the port used.
 * URLs: on a Gateway, `https://` (HTTPS and TLS servers) or `http://` for each host the server
 * serves, with the paths of the http matches; in the mesh, the in-mesh address of each
 * cluster host on its Service ports (`grpc://cart.shop.svc.cluster.local:9090`, see
 * `meshUrls`).
 *
 * @public
 */
export function virtualServiceRouteView(
  vs: KubernetesObject,
  context: VirtualServiceContext,
): RouteView {
  const namespace = namespaceOf(vs);
  const writtenHosts = asArray<string>(vs.spec?.hosts);
  const resolvedHosts = writtenHosts.map(host =>
    resolveIstioHost(host, namespace, hostContext(context)),
  );
  const hosts = resolvedHosts.map(host => host.fqdn);
  const backends = backendViews(vs, context);
  const resolvedRefs = resolvedRefsFromBackends(
    backends,
    'destination host or port',
  );
  const paths = virtualServicePaths(vs);
  const gateways = gatewayEntries(vs);
  const urls: string[] = [];
  const parents = gateways.map(entry => {
    const key = resolveGatewayRef(entry, namespace);
    if (key === undefined) {
      urls.push(
        ...meshUrls(vs, resolvedHosts, context.services, hostContext(context)),
      );
      return predicted(meshRef, meshAccepted, resolvedRefs);
    }
    const [gatewayNamespace, name] = key.split('/');
    const binding = bindToIstioGateway(
      key,
      context.istioGateways.get(key),
      namespace,
      hosts,
    );
    urls.push(...gatewayUrls(binding.bindings, paths));
    return predicted(
      {
        group: ISTIO_NETWORKING_GROUP,
        kind: 'Gateway',
        namespace: gatewayNamespace,
        name,
      },
      binding.accepted,
      resolvedRefs,
      binding.bindings,
    );
  });
  return {
    ...routeIdentity(vs, context),
    hostnames: writtenHosts,
    urls: [...new Set(urls)],
    parents,
    backends,
    summary: summarizeParents(parents),
    virtualService: {
      hosts: writtenHosts,
      gateways,
      matches: virtualServiceMatches(vs),
    },
  };
}
