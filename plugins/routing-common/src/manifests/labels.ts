import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { KUBERNETES_ANNOTATION } from '@backstage/plugin-kubernetes-common';
import type { KubernetesObject } from '../kubernetes/objects';

/**
 * The annotation naming the entity a generated object was requested for (lower case).
 *
 * @public
 */
export const ENTITY_REF_ANNOTATION = 'portway.dev/entity-ref';

/**
 * Labels and annotations that Portway puts on every object it generates.
 *
 * @public
 */
export function portwayMetadata(entityRef: string) {
  const entity = parseEntityRef(entityRef);
  return {
    labels: {
      // The label Backstage's Kubernetes plugin finds an entity's objects by.
      [KUBERNETES_ANNOTATION]: entity.name,
      'app.kubernetes.io/managed-by': 'portway',
    },
    annotations: {
      [ENTITY_REF_ANNOTATION]:
        stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    },
  };
}

/**
 * The object with Portway's labels and annotations for `entityRef` added to its own.
 *
 * @public
 */
export function withPortwayMetadata(
  object: KubernetesObject,
  entityRef: string,
): KubernetesObject {
  const { labels, annotations } = portwayMetadata(entityRef);
  return {
    ...object,
    metadata: {
      ...object.metadata,
      labels: { ...object.metadata?.labels, ...labels },
      annotations: { ...object.metadata?.annotations, ...annotations },
    },
  };
}
