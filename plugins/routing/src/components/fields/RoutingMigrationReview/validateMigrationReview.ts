import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { ingressChangePurpose } from '../ingressChangePurpose';
import { validateReview } from '../review';
import type { ExposureReviewValue } from '../types';
import { migrationReviewKind, removalReviewKind } from './ingressReviewKinds';

/**
 * Checks the migration (or, with `ui:options.purpose: removal`, the removal) of the whole
 * form again before it goes on, and adds one error for each error finding, so that a change
 * the backend would refuse cannot be requested. A check that cannot run is an error too.
 */
export const validateMigrationReview: CustomFieldValidator<
  ExposureReviewValue
> = (...args) => {
  const [, , context] = args;
  return ingressChangePurpose(context.uiSchema) === 'removal'
    ? validateReview(removalReviewKind, args)
    : validateReview(migrationReviewKind, args);
};
