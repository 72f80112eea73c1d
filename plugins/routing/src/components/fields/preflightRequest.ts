import {
  exposureRequestFromForm,
  type ExposureRequestInput,
} from '@portway/plugin-routing-common';
import { formEntity, formTarget, type FormValues } from './formValues';

/**
 * The exposure request the form describes, for the preflight; undefined while the form has
 * no entity or no Service yet (there is nothing to check).
 */
export function preflightRequest(
  values: FormValues,
): ExposureRequestInput | undefined {
  if (!formEntity(values) || !formTarget(values)) {
    return undefined;
  }
  return exposureRequestFromForm(values);
}
