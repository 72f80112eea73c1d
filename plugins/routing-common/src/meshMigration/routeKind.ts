import { CLUSTER_DOMAIN, serviceFqdn } from '../exposure/exposureNames';
import { asArray } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import { hostPorts, meshScheme } from '../views/meshUrls';
import { grpcMethodOf, speaksOnlyGrpc } from '../views/virtualServiceMatches';
import type { MeshRouteKind, NoteSink, ServiceParent } from './types';

/** Match fields a GRPCRouteMatch has no counterpart for (an HTTPRoute has). */
const HTTP_ONLY_MATCH_FIELDS = ['method', 'queryParams'];
/** Route fields only an HTTPRoute can carry over (filters GRPCRoute lacks). */
const HTTP_ONLY_ROUTE_FIELDS = ['rewrite', 'redirect', 'corsPolicy'];

/** True when a uri match is a gRPC method or service, or matches every path. */
function grpcUri(uri: any): boolean {
  if (uri === undefined) return true;
  if (uri.prefix === '/') return true;
  return grpcMethodOf(uri.exact ?? uri.prefix) !== undefined;
}

/** The first thing of the VirtualService's http routes that a GRPCRoute cannot express. */
function httpOnlyField(vs: KubernetesObject): string | undefined {
  for (const [i, rule] of asArray(vs.spec?.http).entries()) {
    const routeField = HTTP_ONLY_ROUTE_FIELDS.find(f => rule?.[f]);
    if (routeField) return `spec.http[${i}].${routeField}`;
    for (const [j, match] of asArray(rule?.match).entries()) {
      if (!grpcUri(match?.uri)) return `spec.http[${i}].match[${j}].uri`;
      const field = HTTP_ONLY_MATCH_FIELDS.find(f => match?.[f]);
      if (field) return `spec.http[${i}].match[${j}].${field}`;
    }
  }
  return undefined;
}

/** True when every port clients call the parent Service on speaks gRPC (appProtocol or name). */
function grpcPorts(vs: KubernetesObject, parent: ServiceParent): boolean {
  if (!parent.service) return false;
  const { namespace, name } = parent;
  const host = {
    fqdn: serviceFqdn(name, namespace),
    service: { namespace, name },
  };
  const services = new Map([[`${namespace}/${name}`, parent.service]]);
  const ports = hostPorts(vs, host, services, {
    clusterDomain: CLUSTER_DOMAIN,
  });
  return (
    ports.length > 0 && ports.every(port => meshScheme(port, false) === 'grpc')
  );
}

/**
 * GRPCRoute when the VirtualService speaks gRPC, by the rule of the in-mesh URLs (the Service
 * port is gRPC by appProtocol or name, or every match is a gRPC method or service), and a
 * GRPCRoute can express all of its http routes; HTTPRoute otherwise (gRPC is HTTP/2, so an
 * HTTPRoute routes it too), with a note when gRPC had to give way.
 */
export function meshRouteKind(
  vs: KubernetesObject,
  parent: ServiceParent,
  notes: NoteSink,
): MeshRouteKind {
  if (!speaksOnlyGrpc(vs) && !grpcPorts(vs, parent)) return 'HTTPRoute';
  const blocker = httpOnlyField(vs);
  if (!blocker) return 'GRPCRoute';
  notes.add(
    'info',
    blocker,
    'the VirtualService speaks gRPC, but a GRPCRoute cannot express this field: an HTTPRoute is written instead (it routes gRPC too)',
  );
  return 'HTTPRoute';
}
