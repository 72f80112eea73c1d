import { checkDuration } from './fieldRules';
import type { Report } from './routeFieldReport';
import { checkString, checkUnique, checkWholeNumber } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/**
 * An HTTPRoute rule's `retry`. It is not in the standard-channel CRD of Gateway API v1.6, so
 * the API server refuses it under strict field validation (kubectl's default: "unknown field")
 * and drops it otherwise. Its values are also checked against the experimental channel's
 * schema: codes distinct whole numbers from 400 to 599, attempts at least 1, backoff a Duration.
 */
export function checkRouteRetry(report: Report, field: string, retry: any) {
  if (retry === undefined) return;
  report(
    field,
    'is not a field of the standard-channel HTTPRoute (retry is experimental in Gateway API v1.6): kubectl refuses it as an unknown field and the API server drops it otherwise',
  );
  asArray(retry?.codes).forEach((code, i) =>
    checkWholeNumber(report, `${field}.codes[${i}]`, code, 400, 599),
  );
  checkUnique(report, `${field}.codes`, retry?.codes);
  checkWholeNumber(report, `${field}.attempts`, retry?.attempts, 1);
  checkString(report, `${field}.backoff`, retry?.backoff, checkDuration);
}
