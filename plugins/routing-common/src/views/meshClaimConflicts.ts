import { CLUSTER_DOMAIN } from '../exposure/exposureNames';
import { MESH_GATEWAY } from '../istio/gatewayRefs';
import { resolveIstioHost } from '../istio/hosts';
import type { RouteView } from '../types/routes';

/**
 * A Service that both an Istio VirtualService bound to the mesh and a Gateway API mesh route
 * claim: callers get one or the other set of rules depending on the mesh's version and
 * settings, so the two should not coexist for long.
 *
 * @public
 */
export interface MeshClaimConflict {
  /** The cluster both live in. */
  cluster: string;
  /** The Service, as `namespace/name`. */
  service: string;
  /** The VirtualService, as `namespace/name`. */
  virtualService: string;
  /** The mesh route, as `Kind namespace/name`. */
  meshRoute: string;
  /** The conflict and what to do, in one sentence. */
  message: string;
}

/** `namespace/name` of each Service a mesh-bound VirtualService view routes calls for. */
function virtualServiceServices(view: RouteView): string[] {
  const details = view.virtualService;
  if (!details?.gateways.includes(MESH_GATEWAY)) return [];
  return details.hosts.flatMap(host => {
    const { service } = resolveIstioHost(host, view.namespace, {
      clusterDomain: CLUSTER_DOMAIN,
    });
    return service ? [`${service.namespace}/${service.name}`] : [];
  });
}

/**
 * Every Service of one answer claimed by both a mesh VirtualService and a mesh route (GAMMA,
 * experimental), one entry per pair, so the Routing tab can warn next to both.
 *
 * @public
 */
export function meshClaimConflicts(routes: RouteView[]): MeshClaimConflict[] {
  const meshRoutes = routes.filter(route => route.meshRoute);
  return routes.flatMap(vs =>
    virtualServiceServices(vs).flatMap(service =>
      meshRoutes
        .filter(
          route =>
            route.cluster === vs.cluster &&
            route.meshRoute!.services.some(
              s => `${s.namespace}/${s.name}` === service,
            ),
        )
        .map(route => {
          const meshRoute = `${route.kind} ${route.namespace}/${route.name}`;
          const virtualService = `${vs.namespace}/${vs.name}`;
          return {
            cluster: vs.cluster,
            service,
            virtualService,
            meshRoute,
            message: `VirtualService ${virtualService} and ${meshRoute} both route calls to Service ${service}: which one callers get depends on the mesh, so keep only one (convert the VirtualService, then delete it)`,
          };
        }),
    ),
  );
}
