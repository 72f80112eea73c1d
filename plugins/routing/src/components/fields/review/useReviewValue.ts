import { useEffect } from 'react';
import type { RenderResult } from '@portway/plugin-routing-common';
import type { ExposureReviewValue } from '../types';
import { reviewSummary, sameSummary } from './reviewSummary';

/**
 * Keeps a review field's value the summary of the last answer. The scaffolder validates only
 * the fields that have a value, so the review always has one, not ok until an answer is.
 */
export function useReviewValue(
  result: RenderResult | undefined,
  value: ExposureReviewValue | undefined,
  onChange: (value: ExposureReviewValue) => void,
): void {
  useEffect(() => {
    const summary = reviewSummary(result);
    if (!sameSummary(value, summary)) {
      onChange(summary);
    }
  }, [result, value, onChange]);
}
