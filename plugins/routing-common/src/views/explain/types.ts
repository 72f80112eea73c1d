import type { NormalizedParentRef } from '../../gatewayApi/parentRefs';
import type { KubernetesObject } from '../../kubernetes/objects';
import type {
  GatewayModel,
  Inventory,
  RouteModel,
} from '../../semantics/model';
import type { ParentReference, RouteCondition } from '../../types/routes';

/** A route, one of its parents, and the objects around them, as the explainers read them. */
export interface ParentSurroundings {
  /** The route whose condition is explained. */
  route: RouteModel;
  /** The parentRef the condition is for, as the route wrote it. */
  parentRef: ParentReference;
  /** The same parentRef with its defaults filled in. */
  parent: NormalizedParentRef;
  /** The parent Gateway; undefined when the cluster has no Gateway of that name. */
  gateway?: GatewayModel;
  /** The route's neighbourhood, indexed: Gateways, Services, Namespaces, ReferenceGrants. */
  inventory: Inventory;
  /** The GatewayClasses of the neighbourhood by name, with their status. */
  gatewayClasses: ReadonlyMap<string, KubernetesObject>;
  /** Who wrote the condition (a controller's name, or Portway's analysis), for sentences that quote it. */
  writtenBy?: string;
}

/**
 * Explains one reason: a sentence in plain words with the fix, or undefined when the objects
 * around the route do not show why (the caller then falls back to the controller's message).
 */
export type ReasonExplainer = (
  condition: RouteCondition,
  around: ParentSurroundings,
) => string | undefined;

/** Who wrote a condition, for a sentence: as the surroundings say, else `the controller`. */
export function writer(around: Pick<ParentSurroundings, 'writtenBy'>) {
  return around.writtenBy ?? 'the controller';
}

/** A controller's message quoted in a sentence, or nothing when it wrote none. */
export function quoted(message: string | undefined): string {
  return message ? `: "${message}"` : '';
}
