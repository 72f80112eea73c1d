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
    report(field, `must have at most ${max} entries`);
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
