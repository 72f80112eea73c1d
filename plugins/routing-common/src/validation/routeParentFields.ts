import { checkWildcardHostname } from './hostnameRules';
import { checkParentRef } from './referenceFields';
import { checkParentRefsUnique } from './referenceUniqueness';
import type { Report } from './routeFieldReport';
import { checkMaxItems, checkMinItems, checkString } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** A route's parentRefs: at most 32, each a valid reference, sectionNames as the CEL rules need. */
export function checkRouteParentRefs(report: Report, refs: unknown) {
  checkMaxItems(report, 'spec.parentRefs', refs, 32);
  asArray(refs).forEach((ref, i) =>
    checkParentRef(report, `spec.parentRefs[${i}]`, ref),
  );
  checkParentRefsUnique(report, 'spec.parentRefs', refs);
}

/**
 * A route's hostnames: `min` to `max` of them, each a Hostname of the CRD's pattern or of the
 * rule given (InvalidHostname).
 */
export function checkRouteHostnames(
  report: Report,
  hostnames: unknown,
  min: number,
  max: number,
  rule: (hostname: string) => string | undefined = checkWildcardHostname,
) {
  checkMinItems(report, 'spec.hostnames', hostnames, min);
  checkMaxItems(report, 'spec.hostnames', hostnames, max);
  asArray(hostnames).forEach((hostname, i) =>
    checkString(
      report,
      `spec.hostnames[${i}]`,
      hostname,
      rule,
      'InvalidHostname',
    ),
  );
}
