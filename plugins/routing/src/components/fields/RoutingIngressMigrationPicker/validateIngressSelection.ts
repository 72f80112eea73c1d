import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { isIngressSelection } from '../formValues';
import type { IngressSelection } from '../types';

/**
 * Asks for at least one Ingress, and refuses an `ingress` that is not one cluster, one
 * namespace and names (a form filled in from a link, by hand).
 */
export const validateIngressSelection: CustomFieldValidator<
  IngressSelection
> = (value: IngressSelection | undefined, validation) => {
  if (value !== undefined && !isIngressSelection(value)) {
    validation.addError(
      'Pick Ingresses of one cluster and namespace: the value needs cluster, namespace and names.',
    );
  } else if (!value || value.names.length === 0) {
    validation.addError('Tick at least one Ingress.');
  }
};
