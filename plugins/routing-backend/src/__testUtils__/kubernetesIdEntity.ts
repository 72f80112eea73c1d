import type { Entity } from '@backstage/catalog-model';

/** Component `name` whose Kubernetes objects carry the label `backstage.io/kubernetes-id=name`. */
export function kubernetesIdEntity(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: { 'backstage.io/kubernetes-id': name },
    },
  };
}

/** The labels that make a Kubernetes object belong to {@link kubernetesIdEntity} `name`. */
export function kubernetesIdLabels(name: string): Record<string, string> {
  return { 'backstage.io/kubernetes-id': name };
}
