import { CLUSTER_DOMAIN } from '../exposure/exposureNames';
import { normalizeParentRef } from '../gatewayApi/parentRefs';
import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import { meshRole, refersToService } from '../semantics/meshParents';
import type { MeshRouteDetails, MeshRouteService } from '../types/meshRoutes';
import type { ObjectLookup } from './backendStates';
import { meshAddress, meshScheme, ServicePort } from './meshUrls';

/** The Services a route is bound to through Service parentRefs (GAMMA). */
export function meshRouteServices(route: KubernetesObject): MeshRouteService[] {
  const namespace = namespaceOf(route);
  return asArray<any>(route.spec?.parentRefs)
    .map(ref => normalizeParentRef(ref, namespace))
    .filter(refersToService)
    .map(ref => ({
      namespace: ref.namespace,
      name: ref.name,
      ...(ref.port !== undefined ? { port: ref.port } : {}),
      role: meshRole({ namespace }, ref),
    }));
}

/** What a mesh route adds to its view; undefined for a route with no Service parent. */
export function meshRouteDetails(
  route: KubernetesObject,
): MeshRouteDetails | undefined {
  const services = meshRouteServices(route);
  return services.length > 0 ? { experimental: true, services } : undefined;
}

/**
 * The in-mesh addresses a mesh route serves: for each Service parent, every port it binds (the
 * parentRef's port, else each port of the Service that speaks HTTP or gRPC), as
 * `grpc://name.namespace.svc.cluster.local:port` for a GRPCRoute or a gRPC port, and
 * `http://...` with the rules' paths otherwise.
 */
export function meshRouteUrls(
  route: KubernetesObject,
  paths: string[],
  services: ObjectLookup | undefined,
  clusterDomain: string = CLUSTER_DOMAIN,
): string[] {
  const grpc = route.kind === 'GRPCRoute';
  const urls = meshRouteServices(route).flatMap(service => {
    const fqdn = `${service.name}.${service.namespace}.svc.${clusterDomain}`;
    const known = asArray<ServicePort>(
      services?.get(`${service.namespace}/${service.name}`)?.spec?.ports,
    );
    const ports =
      service.port !== undefined
        ? [known.find(p => p.port === service.port) ?? { port: service.port }]
        : known;
    return ports.flatMap(port => {
      const scheme = meshScheme(port, grpc);
      if (!scheme) return [];
      return scheme === 'grpc'
        ? meshAddress('grpc', fqdn, port, '/')
        : paths.flatMap(path => meshAddress('http', fqdn, port, path));
    });
  });
  return [...new Set(urls)];
}
