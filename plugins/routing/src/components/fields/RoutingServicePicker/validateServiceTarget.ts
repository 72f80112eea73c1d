import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { isServiceTarget } from '../formValues';
import type { ServiceTarget } from '../types';

/**
 * Refuses a `target` that is not one whole Service port (a form filled in from a link, by
 * hand): it needs cluster, namespace, name and a port number.
 */
export const validateServiceTarget: CustomFieldValidator<ServiceTarget> = (
  value,
  validation,
) => {
  if (value !== undefined && !isServiceTarget(value)) {
    validation.addError(
      'Pick a Service and one of its ports: the value needs cluster, namespace, name and port.',
    );
  }
};
