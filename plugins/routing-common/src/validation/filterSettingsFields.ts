import { checkHeaderName, checkLength } from './fieldRules';
import { checkPreciseHostname } from './hostnameRules';
import { checkBackendRef, checkObjectRef } from './referenceFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkRequired,
  checkString,
  checkUnique,
  checkWholeNumber,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** A Request- or ResponseHeaderModifier: add and set keyed by name, remove a set; 16 each. */
export function checkHeaderModifier(
  report: Report,
  field: string,
  modifier: any,
) {
  if (!modifier) return;
  for (const list of ['add', 'set']) {
    const at = `${field}.${list}`;
    checkMaxItems(report, at, modifier[list], 16);
    checkUnique(report, at, modifier[list], 'name');
    asArray(modifier[list]).forEach((header, i) => {
      checkString(
        report,
        `${at}[${i}].name`,
        header?.name ?? '',
        checkHeaderName,
      );
      checkRequired(report, `${at}[${i}].value`, header?.value);
      checkString(report, `${at}[${i}].value`, header?.value, v =>
        checkLength(v, 1, 4096),
      );
    });
  }
  checkMaxItems(report, `${field}.remove`, modifier.remove, 16);
  checkUnique(report, `${field}.remove`, modifier.remove);
}

/** A RequestMirror: its backendRef, and percent (0-100) or a fraction of at most 1, not both. */
export function checkRequestMirror(report: Report, field: string, mirror: any) {
  if (!mirror) return;
  checkRequired(report, `${field}.backendRef`, mirror.backendRef);
  if (mirror.backendRef) {
    checkBackendRef(report, `${field}.backendRef`, mirror.backendRef);
  }
  checkWholeNumber(report, `${field}.percent`, mirror.percent, 0, 100);
  const fraction = mirror.fraction;
  if (fraction) {
    checkRequired(report, `${field}.fraction.numerator`, fraction.numerator);
    checkWholeNumber(
      report,
      `${field}.fraction.numerator`,
      fraction.numerator,
      0,
    );
    checkWholeNumber(
      report,
      `${field}.fraction.denominator`,
      fraction.denominator,
      1,
    );
    if (fraction.numerator > (fraction.denominator ?? 100)) {
      report(
        `${field}.fraction`,
        'must have a numerator no greater than its denominator (100 when not set)',
      );
    }
  }
  if (mirror.percent !== undefined && fraction !== undefined) {
    report(field, 'must set percent or fraction, not both');
  }
}

const preciseHostname = (report: Report, field: string, value: unknown) =>
  checkString(report, field, value, checkPreciseHostname, 'InvalidHostname');

/** A RequestRedirect's scheme, hostname, port and statusCode (its path is checked with URLRewrite's). */
export function checkRequestRedirect(
  report: Report,
  field: string,
  redirect: any,
) {
  if (!redirect) return;
  checkEnum(report, `${field}.scheme`, redirect.scheme, ['http', 'https']);
  preciseHostname(report, `${field}.hostname`, redirect.hostname);
  checkWholeNumber(report, `${field}.port`, redirect.port, 1, 65535);
  if (
    redirect.statusCode !== undefined &&
    ![301, 302, 303, 307, 308].includes(redirect.statusCode)
  ) {
    report(`${field}.statusCode`, 'must be one of 301, 302, 303, 307, 308');
  }
}

/** A URLRewrite's hostname (its path is checked with RequestRedirect's). */
export function checkUrlRewrite(report: Report, field: string, rewrite: any) {
  if (!rewrite) return;
  preciseHostname(report, `${field}.hostname`, rewrite.hostname);
}

/** An ExtensionRef: a local reference whose group, kind and name are all required. */
export function checkExtensionRef(report: Report, field: string, ref: any) {
  if (!ref) return;
  checkObjectRef(report, field, ref, { groupKindRequired: true });
}
