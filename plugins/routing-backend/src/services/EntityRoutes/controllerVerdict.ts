import type {
  KubernetesObject,
  ParentView,
  RouteCondition,
} from '@portway/plugin-routing-common';

/** What the controllers said of a Gateway API route in its status, parent by parent. */
export interface ControllerVerdict {
  /** The parents whose controller Accepted or refused the route's current generation. */
  decided: ParentView[];
  /** Of those, the parents that refused it (Accepted False). */
  refusedBy: ParentView[];
  /** It has parents, and every one of them Accepted it. */
  accepted: boolean;
}

/** A parent's Accepted condition. */
export function acceptedCondition(
  parent: ParentView,
): RouteCondition | undefined {
  return parent.conditions.find(condition => condition.type === 'Accepted');
}

/** A parent as written in the route: `infra/public/https`. */
export function describeParent(parent: ParentView): string {
  const { namespace, name, sectionName } = parent.ref;
  return [namespace, name, sectionName].filter(Boolean).join('/');
}

function decidedFor(
  parent: ParentView,
  generation: number | undefined,
): boolean {
  const condition = acceptedCondition(parent);
  return Boolean(
    !parent.conditionsFrom &&
      condition &&
      condition.status !== 'Unknown' &&
      (generation === undefined ||
        condition.observedGeneration === undefined ||
        condition.observedGeneration >= generation),
  );
}

/**
 * What the controllers say of a route, by their own word only: a parent has decided when its
 * status has an Accepted True or False for the route's current generation (no status, Unknown,
 * an older generation, or Portway's prediction in `conditionsFrom` are no verdict). The route
 * is accepted when every parent decided True. Read from a view built from the route's status
 * (`gatewayRouteView`).
 */
export function controllerVerdict(
  route: KubernetesObject,
  parents: ParentView[],
): ControllerVerdict {
  const generation = route.metadata?.generation;
  const decided = parents.filter(parent => decidedFor(parent, generation));
  const refusedBy = decided.filter(
    parent => acceptedCondition(parent)?.status === 'False',
  );
  return {
    decided,
    refusedBy,
    accepted:
      parents.length > 0 &&
      decided.length === parents.length &&
      refusedBy.length === 0,
  };
}
