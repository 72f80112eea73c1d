import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  KubernetesObject,
  LabelRequirement,
  matchesRequirements,
  parseLabelSelector,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';

/** Decides which Kubernetes objects belong to an entity. */
export interface EntitySelector {
  matches(object: KubernetesObject): boolean;
  /** The cluster's Services and routes that belong to the entity, found through the label index where the selector allows. */
  selectFrom(
    cache: Pick<ClusterCacheReader, 'withLabel' | 'labelledObjects'>,
  ): KubernetesObject[];
}

/** A `key=value` the selector requires, so the label index can answer it. */
function indexedLabel(
  requirements: LabelRequirement[],
): { key: string; value: string } | undefined {
  const equality = requirements.find(
    r => r.operator === 'In' && r.values?.length === 1,
  );
  return equality
    ? { key: equality.key, value: equality.values![0] }
    : undefined;
}

/**
 * Selects objects as Backstage's Kubernetes plugin does: by the label selector annotation when
 * set, else by `backstage.io/kubernetes-id=<id>`, limited to the namespace annotation when set.
 * An entity with neither annotation selects nothing.
 */
export function entitySelector(entity: Entity): EntitySelector {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION];
  const id = annotations[KUBERNETES_ANNOTATION];
  const namespace = annotations[KUBERNETES_NAMESPACE_ANNOTATION];
  let requirements: LabelRequirement[] | undefined;
  if (selector) {
    try {
      requirements = parseLabelSelector(selector);
    } catch (error) {
      throw new InputError(
        `The entity's ${KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION} annotation is not a label selector: ${
          (error as Error).message
        }`,
      );
    }
  } else if (id) {
    requirements = [
      { key: KUBERNETES_ANNOTATION, operator: 'In', values: [id] },
    ];
  }
  function matches(object: KubernetesObject): boolean {
    if (!requirements) return false;
    if (namespace && object.metadata?.namespace !== namespace) return false;
    return matchesRequirements(object.metadata?.labels, requirements);
  }
  return {
    matches,
    selectFrom(cache) {
      if (!requirements) return [];
      const label = indexedLabel(requirements);
      const candidates = label
        ? cache.withLabel(label.key, label.value)
        : cache.labelledObjects();
      return candidates.filter(matches);
    },
  };
}
