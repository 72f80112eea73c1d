import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { validateReview } from '../review';
import type { ExposureReviewValue } from '../types';
import { exposureReviewKind } from './exposureReviewKind';

/**
 * Runs the preflight for the whole form before it goes on, and adds one error for each error
 * finding, so that a request the backend would refuse cannot be created. A preflight that
 * cannot run (no Service yet, backend unreachable) is an error too, saying why.
 */
export const validateExposureReview: CustomFieldValidator<
  ExposureReviewValue
> = (...args) => validateReview(exposureReviewKind, args);
