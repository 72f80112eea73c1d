import type { Report } from './routeFieldReport';
import { checkRequired } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** A namespace selector as the CRD's schema holds it: each matchExpression has key and operator. */
export function checkLabelSelector(
  report: Report,
  field: string,
  selector: any,
) {
  asArray(selector?.matchExpressions).forEach((expression, i) => {
    const at = `${field}.matchExpressions[${i}]`;
    checkRequired(report, `${at}.key`, expression?.key);
    checkRequired(report, `${at}.operator`, expression?.operator);
  });
}
