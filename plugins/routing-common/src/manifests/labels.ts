import { parseEntityRef } from '@backstage/catalog-model';

/** The label that Backstage's Kubernetes plugin uses to find an entity's objects. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** Labels and annotations that Portway puts on every object it generates. */
export function portwayMetadata(entityRef: string) {
  const entity = parseEntityRef(entityRef);
  return {
    labels: {
      [KUBERNETES_ID_LABEL]: entity.name,
      'app.kubernetes.io/managed-by': 'portway',
    },
    annotations: {
      'portway.dev/entity-ref':
        `${entity.kind}:${entity.namespace}/${entity.name}`.toLocaleLowerCase(
          'en-US',
        ),
    },
  };
}
