import type { NormalizedParentRef } from '../gatewayApi/parentRefs';
import { normalizeParentRef } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import type { Inventory, RouteModel } from './model';

/**
 * Whether a parentRef names a core Service: the route is a mesh route (GAMMA, GEP-1294), whose
 * status a mesh implementation writes.
 */
export function refersToService(ref: NormalizedParentRef): boolean {
  return ref.group === '' && ref.kind === 'Service';
}

/**
 * Which route kind wins when routes of different kinds bind the same Service and port
 * (GEP-1294, "Route types"); UDPRoute is its own protocol and conflicts with none.
 */
const MESH_KIND_PRECEDENCE = ['GRPCRoute', 'HTTPRoute', 'TLSRoute', 'TCPRoute'];

/**
 * A mesh route is a producer route when it lives in its Service's namespace (it applies to
 * callers from every namespace) and a consumer route otherwise (it applies to callers in its
 * own namespace only).
 */
export function meshRole(
  route: Pick<RouteModel, 'namespace'>,
  ref: NormalizedParentRef,
): 'producer' | 'consumer' {
  return ref.namespace === route.namespace ? 'producer' : 'consumer';
}

function portsOverlap(a?: number, b?: number) {
  return a === undefined || b === undefined || a === b;
}

/** A route of a kind that takes precedence over `route`'s and binds the same Service and port. */
function winningKind(
  route: RouteModel,
  ref: NormalizedParentRef,
  inventory: Inventory,
): RouteModel | undefined {
  const rank = MESH_KIND_PRECEDENCE.indexOf(route.kind);
  if (rank < 0) return undefined;
  return inventory.routes.find(other => {
    const otherRank = MESH_KIND_PRECEDENCE.indexOf(other.kind);
    if (otherRank < 0 || otherRank >= rank) return false;
    return other.parentRefs.some(parentRef => {
      const theirs = normalizeParentRef(parentRef, other.namespace);
      return (
        refersToService(theirs) &&
        theirs.namespace === ref.namespace &&
        theirs.name === ref.name &&
        meshRole(other, theirs) === meshRole(route, ref) &&
        (meshRole(route, ref) === 'producer' ||
          other.namespace === route.namespace) &&
        portsOverlap(theirs.port, ref.port)
      );
    });
  });
}

/**
 * The Accepted condition a mesh implementation sets for a Service parent: False with
 * NoMatchingParent when the Service (or the port the parentRef names) does not exist; False
 * with Conflicted when a route of a kind that takes precedence binds the same Service and port
 * in the same role (GEP-1294: GRPCRoute, then HTTPRoute, TLSRoute, TCPRoute); True otherwise,
 * saying whether it is a producer or a consumer route.
 */
export function meshAccepted(
  route: RouteModel,
  ref: NormalizedParentRef,
  inventory: Inventory,
): RouteCondition {
  const service = `${ref.namespace}/${ref.name}`;
  if (!inventory.services.has(service)) {
    return condition(
      'Accepted',
      false,
      'NoMatchingParent',
      `parent Service ${service} does not exist`,
    );
  }
  const ports = inventory.servicePorts.get(service) ?? [];
  if (ref.port !== undefined && ports.length > 0 && !ports.includes(ref.port)) {
    return condition(
      'Accepted',
      false,
      'NoMatchingParent',
      `parent Service ${service} has no port ${ref.port}`,
    );
  }
  const winner = winningKind(route, ref, inventory);
  if (winner) {
    return condition(
      'Accepted',
      false,
      'Conflicted',
      `${winner.kind} ${winner.namespace}/${winner.name} binds Service ${service} too, and a ${winner.kind} takes precedence over a ${route.kind} for the same Service and port`,
    );
  }
  const onPort = ref.port !== undefined ? ` port ${ref.port}` : '';
  return condition(
    'Accepted',
    true,
    'Accepted',
    meshRole(route, ref) === 'producer'
      ? `producer route for Service ${service}${onPort}: applies to calls from every namespace`
      : `consumer route for Service ${service}${onPort}: applies to calls from namespace ${route.namespace} only`,
  );
}
