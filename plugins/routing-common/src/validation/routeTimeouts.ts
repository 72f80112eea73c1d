import { checkDuration } from './fieldRules';
import { checkKnownFields } from './knownFields';
import { durationMs } from './durations';
import type { Report } from './routeFieldReport';
import { checkString } from './routeFieldReport';

/**
 * An HTTPRoute rule's `timeouts`: each a Gateway API Duration, and (the CRD's CEL rule)
 * backendRequest no longer than request unless request is zero, which means no timeout.
 */
export function checkRouteTimeouts(
  report: Report,
  field: string,
  timeouts: any,
) {
  checkKnownFields(
    report,
    field,
    timeouts,
    ['request', 'backendRequest'],
    'HTTPRoute timeouts',
  );
  checkString(report, `${field}.request`, timeouts?.request, checkDuration);
  checkString(
    report,
    `${field}.backendRequest`,
    timeouts?.backendRequest,
    checkDuration,
  );
  const request = durationMs(timeouts?.request);
  const backendRequest = durationMs(timeouts?.backendRequest);
  if (
    request !== undefined &&
    backendRequest !== undefined &&
    request !== 0 &&
    backendRequest > request
  ) {
    report(
      field,
      `must not have a backendRequest (${timeouts.backendRequest}) longer than its request (${timeouts.request}); only a request of 0s, no limit, allows any backendRequest`,
    );
  }
}
