import { stringifyEntityRef } from '@backstage/catalog-model';
import type { VirtualServiceConversionRequest } from '@portway/plugin-routing-common';
import {
  formEntity,
  formVirtualServices,
  type FormValues,
} from '../formValues';

/**
 * The conversion the form describes (its `entityRef` and `virtualService`); undefined while it
 * has no entity or no VirtualService ticked.
 */
export function virtualServiceConversionRequest(
  values: FormValues,
): VirtualServiceConversionRequest | undefined {
  const entity = formEntity(values);
  const selection = formVirtualServices(values);
  if (!entity || !selection) return undefined;
  return {
    entityRef: stringifyEntityRef(entity),
    cluster: selection.cluster,
    namespace: selection.namespace,
    virtualServices: selection.names,
  };
}
