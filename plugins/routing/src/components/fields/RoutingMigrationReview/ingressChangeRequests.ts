import { stringifyEntityRef } from '@backstage/catalog-model';
import type {
  IngressMigrationRequest,
  IngressRemovalRequest,
} from '@portway/plugin-routing-common';
import {
  formEntity,
  formGateway,
  formIngresses,
  type FormValues,
} from '../formValues';

/**
 * The removal the form describes (its `entityRef` and `ingress`); undefined while it has no
 * entity or no Ingress ticked.
 */
export function ingressRemovalRequest(
  values: FormValues,
): IngressRemovalRequest | undefined {
  const entity = formEntity(values);
  const ingress = formIngresses(values);
  if (!entity || !ingress) return undefined;
  return {
    entityRef: stringifyEntityRef(entity),
    cluster: ingress.cluster,
    namespace: ingress.namespace,
    ingresses: ingress.names,
  };
}

/**
 * The migration the form describes: the removal's parts and the listener (its `gateway`);
 * undefined while one is missing.
 */
export function ingressMigrationRequest(
  values: FormValues,
): IngressMigrationRequest | undefined {
  const removal = ingressRemovalRequest(values);
  const gateway = formGateway(values);
  if (!removal || !gateway) return undefined;
  const { namespace, name, sectionName } = gateway;
  return { ...removal, gateway: { namespace, name, sectionName } };
}
