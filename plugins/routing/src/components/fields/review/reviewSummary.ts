import type { RenderResult } from '@portway/plugin-routing-common';
import type { ExposureReviewValue } from '../types';

/** The field value for a check's answer (not ok while there is none). */
export function reviewSummary(
  result: RenderResult | undefined,
): ExposureReviewValue {
  const count = (severity: string) =>
    result?.findings.filter(finding => finding.severity === severity).length ??
    0;
  return {
    ok: result?.ok ?? false,
    errors: count('error'),
    warnings: count('warning'),
  };
}

/** Whether two summaries say the same. */
export function sameSummary(
  a: ExposureReviewValue | undefined,
  b: ExposureReviewValue,
): boolean {
  return a?.ok === b.ok && a.errors === b.errors && a.warnings === b.warnings;
}
