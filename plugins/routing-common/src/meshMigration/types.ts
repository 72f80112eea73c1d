import type { KubernetesObject } from '../kubernetes/objects';
import type { MigrationNote } from '../migrate/types';

/**
 * The annotation every route {@link convertVirtualServices} writes carries: Gateway API mesh
 * routing (GAMMA) is experimental in Portway.
 *
 * @public
 */
export const MESH_ROUTE_EXPERIMENTAL_ANNOTATION = 'portway.dev/experimental';

/**
 * The annotation naming the VirtualService a mesh route was converted from (`namespace/name`).
 *
 * @public
 */
export const CONVERTED_FROM_ANNOTATION = 'portway.dev/converted-from';

/** Collects the notes about one VirtualService. */
export interface NoteSink {
  /** Adds a note about a field of the VirtualService (`spec.http[0].fault`). */
  add(level: MigrationNote['level'], field: string, message: string): void;
}

/** A Service the VirtualService's host names, as the route's parent. */
export interface ServiceParent {
  namespace: string;
  name: string;
  /** The Service when the input holds it (for its ports); undefined otherwise. */
  service?: KubernetesObject;
  /** The `spec.hosts[<i>]` it came from. */
  field: string;
}

/** The kind of mesh route a VirtualService becomes. */
export type MeshRouteKind = 'HTTPRoute' | 'GRPCRoute';

/** What converting the rules of one VirtualService needs. */
export interface RuleContext {
  kind: MeshRouteKind;
  /** The VirtualService's namespace: short destination hosts are Services of it. */
  namespace: string;
  /** Core Services of the input by `namespace/name`. */
  services: Map<string, KubernetesObject>;
  notes: NoteSink;
}
