import type { ParentReference } from '../types/routes';

/**
 * The Gateway API group; a parentRef without a group means this one.
 *
 * @public
 */
export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

/**
 * A parentRef with every default filled in (group, kind, namespace of the route).
 *
 * @public
 */
export interface NormalizedParentRef {
  /** The parent's API group, defaulted to `gateway.networking.k8s.io`. */
  group: string;
  /** The parent's kind, defaulted to `Gateway`. */
  kind: string;
  /** The parent's namespace, defaulted to the route's. */
  namespace: string;
  /** The parent's name, as written. */
  name: string;
  /** The listener name, as written; every listener when absent. */
  sectionName?: string;
  /** The listener port, as written; any port when absent. */
  port?: number;
}

/**
 * Fills in a parentRef's defaults, as an implementation reads it.
 *
 * @public
 */
export function normalizeParentRef(
  ref: ParentReference,
  routeNamespace: string,
): NormalizedParentRef {
  return {
    group: ref.group ?? GATEWAY_API_GROUP,
    kind: ref.kind ?? 'Gateway',
    namespace: ref.namespace ?? routeNamespace,
    name: ref.name,
    ...(ref.sectionName !== undefined ? { sectionName: ref.sectionName } : {}),
    ...(ref.port !== undefined ? { port: ref.port } : {}),
  };
}

/**
 * Whether two parentRefs name the same parent (status entries are matched to spec this way).
 *
 * @public
 */
export function sameParentRef(
  a: ParentReference,
  b: ParentReference,
  routeNamespace: string,
): boolean {
  const left = normalizeParentRef(a, routeNamespace);
  const right = normalizeParentRef(b, routeNamespace);
  return (
    left.group === right.group &&
    left.kind === right.kind &&
    left.namespace === right.namespace &&
    left.name === right.name &&
    left.sectionName === right.sectionName &&
    left.port === right.port
  );
}

/**
 * Whether a parentRef points at a Gateway (rather than a Service, for mesh routing).
 *
 * @public
 */
export function refersToGateway(ref: NormalizedParentRef): boolean {
  return ref.group === GATEWAY_API_GROUP && ref.kind === 'Gateway';
}

/**
 * Whether a parentRef selects a listener: by its sectionName and port, when given.
 *
 * @public
 */
export function selectsListener(
  ref: Pick<NormalizedParentRef, 'sectionName' | 'port'>,
  listener: { name: string; port: number },
): boolean {
  return (
    (ref.sectionName === undefined || listener.name === ref.sectionName) &&
    (ref.port === undefined || listener.port === ref.port)
  );
}
