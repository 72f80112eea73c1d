import type {
  EntityRoutesResponse,
  IngressMigrationStateOf,
  KubernetesObject,
} from '@portway/plugin-routing-common';

/**
 * Each Ingress's migration state as the entity's answer (the Routing tab) shows it: the
 * `ingress.migration` of the answer's own view of that Ingress, built with the answer's
 * pending routes. An Ingress the answer does not show (not the entity's, or its cluster
 * cannot answer) has not started, with a message saying so.
 */
export function ingressMigrationStates(
  answer: EntityRoutesResponse,
): IngressMigrationStateOf {
  return (ingress: KubernetesObject, cluster: string) => {
    const namespace = ingress.metadata?.namespace ?? 'default';
    const name = ingress.metadata?.name ?? '';
    const view = answer.routes.find(
      route =>
        route.kind === 'Ingress' &&
        route.cluster === cluster &&
        route.namespace === namespace &&
        route.name === name,
    );
    return (
      view?.ingress?.migration ?? {
        state: 'not-started',
        safeToRemove: false,
        message: `Ingress ${namespace}/${name} is not among the entity's routes in cluster ${cluster}`,
        hosts: [],
      }
    );
  };
}
