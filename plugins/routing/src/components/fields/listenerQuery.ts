import {
  exposureKind,
  type ExposureType,
} from '@portway/plugin-routing-common';
import type { ListenersQuery } from '../../api/types';
import { formExposureType, formTarget, type FormValues } from './formValues';

/**
 * The listeners to ask for: those of the chosen Service's cluster, for a route from its
 * namespace of the given type (else the form's `type`). Undefined while no Service is
 * picked, or when the type attaches to no Gateway.
 */
export function listenerQuery(
  values: FormValues,
  type: ExposureType | undefined = formExposureType(values),
): ListenersQuery | undefined {
  const target = formTarget(values);
  if (!target || !type || !exposureKind(type).usesGateway) {
    return undefined;
  }
  return { cluster: target.cluster, namespace: target.namespace, type };
}
