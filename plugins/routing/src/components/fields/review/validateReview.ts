import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { RenderResult } from '@portway/plugin-routing-common';
import { routingApiRef } from '../../../api/types';
import type { ExposureReviewValue } from '../types';
import type { ReviewKind } from './reviewKind';

type ReviewValidation = Parameters<CustomFieldValidator<ExposureReviewValue>>;

/**
 * Runs the review's check for the whole form before it goes on, and adds one error for each
 * error finding, so that what the backend would refuse cannot be created. A check that cannot
 * run (a part missing, backend unreachable) is an error too, saying why.
 */
export async function validateReview<TRequest>(
  kind: ReviewKind<TRequest, RenderResult>,
  [, validation, context]: ReviewValidation,
): Promise<void> {
  const request = kind.request(context.formData);
  if (!request) {
    validation.addError(
      `${kind.missing}: ${kind.subject} cannot be checked without them.`,
    );
    return;
  }
  const routingApi = context.apiHolder.get(routingApiRef);
  if (!routingApi) {
    validation.addError(
      `The routing plugin is not installed in this app, so ${kind.subject} cannot be checked.`,
    );
    return;
  }
  let result: RenderResult;
  try {
    result = await kind.check(routingApi, request);
  } catch (error) {
    validation.addError(
      `Could not check ${kind.subject} with the routing backend: ${
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
}
