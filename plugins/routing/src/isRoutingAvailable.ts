import type { Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';

/**
 * Whether the Routing tab has something to look for: the entity names its
 * Kubernetes objects with the same annotations as Backstage's Kubernetes plugin
 * (`backstage.io/kubernetes-id` or `backstage.io/kubernetes-label-selector`).
 *
 * @public
 */
export function isRoutingAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[KUBERNETES_ANNOTATION] ||
      annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION],
  );
}
