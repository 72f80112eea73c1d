import {
  Analysis,
  KubernetesObject,
  ParentView,
  RouteView,
  sameParentRef,
} from '@portway/plugin-routing-common';

/**
 * Why no controller has reconciled the parent for the route's current generation: it wrote no
 * conditions (`no-status`), or conditions for an older generation (`stale-status`); undefined
 * when the status is fresh.
 */
function predictionReason(
  parent: ParentView,
  generation: number | undefined,
): ParentView['predictedBecause'] {
  if (parent.conditions.length === 0) return 'no-status';
  const stale = parent.conditions.some(
    condition =>
      generation !== undefined &&
      condition.observedGeneration !== undefined &&
      condition.observedGeneration < generation,
  );
  return stale ? 'stale-status' : undefined;
}

/**
 * Fills in the conditions of parents that no controller has (re)reconciled with what the
 * Gateway API analysis of the same cluster predicts, marked `conditionsFrom: 'analysis'` with
 * `predictedBecause` saying why (`no-status` or `stale-status`).
 * The summary stays as the status says (`pending`): a prediction is not a controller's word.
 * The analysis is only asked for when some parent needs it.
 */
export function withPredictedConditions(
  view: RouteView,
  route: KubernetesObject,
  analysis: () => Analysis,
): RouteView {
  const generation = route.metadata?.generation;
  if (!view.parents.some(parent => predictionReason(parent, generation)))
    return view;
  const analyzed = analysis().routes.find(
    candidate =>
      candidate.kind === view.kind &&
      candidate.namespace === view.namespace &&
      candidate.name === view.name,
  );
  if (!analyzed) return view;
  const parents = view.parents.map(parent => {
    const because = predictionReason(parent, generation);
    if (!because) return parent;
    const predicted = analyzed.parents.find(candidate =>
      sameParentRef(candidate.parentRef, parent.ref, view.namespace),
    );
    return predicted
      ? {
          ...parent,
          conditions: predicted.conditions,
          conditionsFrom: 'analysis' as const,
          predictedBecause: because,
        }
      : parent;
  });
  return { ...view, parents };
}
