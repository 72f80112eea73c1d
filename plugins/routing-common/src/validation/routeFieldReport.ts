import type { Finding } from '../types/findings';
import { asArray } from '../kubernetes/objectFields';

/** Records the broken rule of a field, if any; `code` defaults to InvalidField. */
export type Report = (
  field: string,
  rule: string | undefined,
  code?: string,
) => void;

/** A Report that appends findings prefixed with the object, e.g. `HTTPRoute shop/x: `. */
export function reporter(object: string, findings: Finding[]): Report {
  return (field, rule, code = 'InvalidField') => {
    if (rule === undefined) return;
    findings.push({
      severity: 'error',
      code,
      field,
      message: `${object}: ${field} ${rule}`,
    });
  };
}

/** Reports an array longer than the CRD's maxItems. */
export function checkMaxItems(
  report: Report,
  field: string,
  value: unknown,
  max: number,
) {
  if (asArray(value).length > max) {
    report(
      field,
      `must have at most ${max} ${max === 1 ? 'entry' : 'entries'}`,
    );
  }
}

/** Reports a value outside the CRD's enum. */
export function checkEnum(
  report: Report,
  field: string,
  value: unknown,
  allowed: string[],
) {
  if (value !== undefined && !allowed.includes(value as string)) {
    report(field, `must be one of ${allowed.join(', ')}`);
  }
}

/** Runs a string rule on a field when it is set. */
export function checkString(
  report: Report,
  field: string,
  value: unknown,
  rule: (value: string) => string | undefined,
  code?: string,
) {
  if (value === undefined) return;
  if (typeof value !== 'string') report(field, 'must be a string', code);
  else report(field, rule(value), code);
}

/** Reports a list entry that repeats an earlier one (`set` lists) or its key (`map` lists). */
export function checkUnique(
  report: Report,
  field: string,
  value: unknown,
  key?: string,
) {
  const seen = new Set<unknown>();
  asArray(value).forEach((entry, i) => {
    const id = key ? entry?.[key] : entry;
    if (id === undefined) return;
    if (seen.has(id)) {
      report(
        `${field}[${i}]`,
        key
          ? `must not repeat the ${key} ${JSON.stringify(id)}`
          : `must not repeat ${JSON.stringify(id)}`,
      );
    }
    seen.add(id);
  });
}

/** Reports a required field that is missing. */
export function checkRequired(report: Report, field: string, value: unknown) {
  if (value === undefined || value === null) report(field, 'is required');
}

const INT32_MAX = 2147483647;

/**
 * Reports a number outside `min`..`max`; without `max`, below `min` or beyond the 32 bits that
 * every Gateway API integer field has.
 */
export function checkWholeNumber(
  report: Report,
  field: string,
  value: unknown,
  min: number,
  max?: number,
) {
  if (value === undefined) return;
  const whole = Number.isInteger(value);
  const number = value as number;
  if (max !== undefined) {
    if (!whole || number < min || number > max) {
      report(field, `must be a whole number from ${min} to ${max}`);
    }
  } else if (!whole || number < min) {
    report(field, `must be a whole number of at least ${min}`);
  } else if (number > INT32_MAX) {
    report(field, `must be at most ${INT32_MAX} (a 32-bit number)`);
  }
}

/** Reports an array shorter than the CRD's minItems. */
export function checkMinItems(
  report: Report,
  field: string,
  value: unknown,
  min: number,
) {
  if (value !== undefined && asArray(value).length < min) {
    report(
      field,
      `must have at least ${min} ${min === 1 ? 'entry' : 'entries'}`,
    );
  }
}

/** Reports an object of string values with more than `maxEntries` keys or longer values. */
export function checkStringMap(
  report: Report,
  field: string,
  value: unknown,
  maxEntries: number,
  maxLength: number,
) {
  if (value === undefined || value === null) return;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > maxEntries) {
    report(field, `must have at most ${maxEntries} entries`);
  }
  for (const [key, entry] of entries) {
    checkString(report, `${field}.${key}`, entry, v =>
      v.length > maxLength
        ? `must be at most ${maxLength} characters`
        : undefined,
    );
  }
}
