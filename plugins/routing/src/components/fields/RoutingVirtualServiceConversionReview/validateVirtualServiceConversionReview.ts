import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { validateReview } from '../review';
import type { ExposureReviewValue } from '../types';
import { conversionReviewKind } from './conversionReviewKind';

/**
 * Checks the conversion of the whole form again before it goes on, and adds one error for each
 * error finding, so that a change the backend would refuse cannot be requested. A check that
 * cannot run is an error too.
 */
export const validateVirtualServiceConversionReview: CustomFieldValidator<
  ExposureReviewValue
> = (...args) => validateReview(conversionReviewKind, args);
