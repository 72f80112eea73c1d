import { listenerUrl } from '../gatewayApi/urls';
import { virtualServiceDestinations } from '../istio/destinations';
import {
  IstioHostContext,
  ResolvedIstioHost,
  resolveIstioHost,
} from '../istio/hosts';
import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ObjectLookup } from './backendStates';
import { speaksOnlyGrpc } from './virtualServiceMatches';

/** A Service port as the mesh reads it. */
export interface ServicePort {
  name?: string;
  port?: number;
  appProtocol?: string;
}

/**
 * The protocol Istio gives a Service port: its appProtocol (Kubernetes' own values without
 * their prefix: `kubernetes.io/h2c` is `h2c`), else the name's prefix (`grpc-web` -> `grpc`).
 */
function portProtocol(port: ServicePort): string | undefined {
  const declared =
    port.appProtocol?.replace(/^kubernetes\.io\//, '') ??
    port.name?.split('-')[0];
  return declared?.toLowerCase();
}

/** The scheme of an in-mesh address on a port; undefined for ports that are not HTTP or gRPC. */
export function meshScheme(
  port: ServicePort,
  grpcOnly: boolean,
): 'grpc' | 'http' | undefined {
  const protocol = portProtocol(port);
  if (protocol === 'grpc') return 'grpc';
  if (protocol === undefined || ['http', 'http2', 'h2c'].includes(protocol)) {
    return grpcOnly ? 'grpc' : 'http';
  }
  return undefined;
}

/** The ports the VirtualService's own destinations to `fqdn` name. */
function destinationPorts(
  vs: KubernetesObject,
  fqdn: string,
  context: IstioHostContext,
): number[] {
  const namespace = namespaceOf(vs);
  return virtualServiceDestinations(vs).flatMap(({ destination }) => {
    const number = destination.port?.number;
    if (!destination.host || number === undefined) return [];
    return resolveIstioHost(destination.host, namespace, context).fqdn === fqdn
      ? [Number(number)]
      : [];
  });
}

/** The Service ports a client of the host calls: those its destinations name, else every one. */
export function hostPorts(
  vs: KubernetesObject,
  host: Required<ResolvedIstioHost>,
  services: ObjectLookup,
  context: IstioHostContext,
): ServicePort[] {
  const { namespace, name } = host.service;
  const service = services.get(`${namespace}/${name}`);
  const named = destinationPorts(vs, host.fqdn, context);
  const ports = asArray<ServicePort>(service?.spec?.ports);
  if (ports.length === 0) return [...new Set(named)].map(port => ({ port }));
  const used = ports.filter(p => named.includes(Number(p.port)));
  return used.length > 0 ? used : ports;
}

/**
 * The in-mesh addresses of a mesh VirtualService with http routes: for each host that is a
 * Service of the cluster (as {@link resolveIstioHost} resolved it), one URL per port clients call it on (the
 * Service ports its destinations use, else all its ports; the destination ports when the
 * Service is not known). The scheme is `grpc://host:port` when the port speaks gRPC
 * (appProtocol or name `grpc`), or when it speaks HTTP and every match is a gRPC method;
 * otherwise `http://host[:port]/`. Ports of other protocols (tcp, tls, ...), external hosts
 * and VirtualServices with only tcp or tls routes have none.
 */
export function meshUrls(
  vs: KubernetesObject,
  resolvedHosts: ResolvedIstioHost[],
  services: ObjectLookup,
  context: IstioHostContext,
): string[] {
  if (asArray(vs.spec?.http).length === 0) return [];
  const grpcOnly = speaksOnlyGrpc(vs);
  return resolvedHosts
    .filter((host): host is Required<ResolvedIstioHost> => !!host.service)
    .flatMap(host =>
      hostPorts(vs, host, services, context).flatMap(port => {
        const scheme = meshScheme(port, grpcOnly);
        return scheme ? meshAddress(scheme, host.fqdn, port, '/') : [];
      }),
    );
}

/**
 * The in-mesh address of a Service port: `grpc://fqdn:port`, or `http://fqdn[:port]path`.
 */
export function meshAddress(
  scheme: 'grpc' | 'http',
  fqdn: string,
  port: ServicePort,
  path: string,
): string[] {
  const number = Number(port.port);
  if (!Number.isFinite(number)) return [];
  return scheme === 'grpc'
    ? [`grpc://${fqdn}:${number}`]
    : [listenerUrl('http', fqdn, number, path)].filter(
        (url): url is string => url !== undefined,
      );
}
