/**
 * A Service a mesh route (Gateway API mesh routing, GAMMA) is bound to through a parentRef.
 *
 * @public
 */
export interface MeshRouteService {
  /** The Service's namespace. */
  namespace: string;
  /** The Service's name. */
  name: string;
  /** The Service port the parentRef names; every port when absent. */
  port?: number;
  /**
   * `producer` when the route lives in the Service's namespace (it applies to callers from
   * every namespace), `consumer` otherwise (callers in the route's namespace only).
   */
  role: 'producer' | 'consumer';
}

/**
 * What a mesh route adds to its route view: an HTTPRoute or GRPCRoute whose parents include a
 * Service. Portway marks GAMMA experimental everywhere it shows: the organisation routes
 * internal gRPC through Istio VirtualServices today, and the mesh conformance profiles assert
 * traffic only, so Portway's predicted conditions for mesh parents are not checked by them.
 *
 * @public
 */
export interface MeshRouteDetails {
  /** Always true: Gateway API mesh routing is experimental in Portway. */
  experimental: true;
  /** The Services it is bound to, one per Service parentRef. */
  services: MeshRouteService[];
}
