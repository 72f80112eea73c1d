import type { RouteView } from '@portway/plugin-routing-common';
import type { ExposureTemplateRef } from '../RequestExposureButton';

/** The template that opens the pull request adding an Ingress's Gateway API routes. */
export const MIGRATE_INGRESS_TEMPLATE: ExposureTemplateRef = {
  namespace: 'default',
  name: 'migrate-ingress',
};

/** The template that opens the pull request removing an Ingress whose routes are live. */
export const REMOVE_INGRESS_TEMPLATE: ExposureTemplateRef = {
  namespace: 'default',
  name: 'remove-ingress',
};

/**
 * Both templates' form for one Ingress, by their parameter names (the Ingress picker reads
 * `ingress.cluster`, `ingress.namespace` and `ingress.names`).
 */
export function ingressFormData(
  entityRef: string,
  ingress: Pick<RouteView, 'cluster' | 'namespace' | 'name'>,
) {
  return {
    entityRef,
    ingress: {
      cluster: ingress.cluster,
      namespace: ingress.namespace,
      names: [ingress.name],
    },
  };
}
