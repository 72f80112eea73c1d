import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { isIngressSelection } from '../formValues';
import type { VirtualServiceSelection } from '../types';

/**
 * Asks for at least one VirtualService, and refuses a `virtualService` that is not one
 * cluster, one namespace and names (a form filled in from a link, by hand).
 */
export const validateVirtualServiceSelection: CustomFieldValidator<
  VirtualServiceSelection
> = (value: VirtualServiceSelection | undefined, validation) => {
  if (value !== undefined && !isIngressSelection(value)) {
    validation.addError(
      'Pick VirtualServices of one cluster and namespace: the value needs cluster, namespace and names.',
    );
  } else if (!value || value.names.length === 0) {
    validation.addError('Tick at least one VirtualService.');
  }
};
