import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { RenderResult } from '@portway/plugin-routing-common';
import { routingApiRef } from '../../../api/types';
import { preflightRequest } from '../preflightRequest';
import type { ExposureReviewValue } from '../types';

/**
 * Runs the preflight for the whole form before it goes on, and adds one error for each error
 * finding, so that a request the backend would refuse cannot be created. A preflight that
 * cannot run (no Service yet, backend unreachable) is an error too, saying why.
 */
export const validateExposureReview: CustomFieldValidator<
  ExposureReviewValue
> = async (_value, validation, context) => {
  const request = preflightRequest(context.formData);
  if (!request) {
    validation.addError(
      'Choose the component and pick its Service: the request cannot be checked without them.',
    );
    return;
  }
  const routingApi = context.apiHolder.get(routingApiRef);
  if (!routingApi) {
    validation.addError(
      'The routing plugin is not installed in this app, so the request cannot be checked.',
    );
    return;
  }
  let result: RenderResult;
  try {
    result = await routingApi.preflight(request);
  } catch (error) {
    validation.addError(
      `Could not check the request with the routing backend: ${
        (error as Error).message
      }`,
    );
    return;
  }
  for (const finding of result.findings) {
    if (finding.severity === 'error') {
      const field = finding.field ? ` (${finding.field})` : '';
      validation.addError(`${finding.code}${field}: ${finding.message}`);
    }
  }
};
