import type { Finding } from '../types/findings';
import { ExposureFindingCode, ExposureFindingCodes } from './exposureCodes';

/**
 * The most entries an exposure request may list. The Gateway API allows 16 hostnames and 16
 * header matches; the others are Portway's, to keep one request reviewable (an HTTPRoute rule
 * takes 64 matches, but a request with more than 16 paths should be split).
 *
 * @public
 */
export const EXPOSURE_LIMITS = {
  hostnames: 16,
  paths: 16,
  headers: 16,
  grpc: 16,
} as const;

/** An error about one field of an exposure request; the message is `<field> <rule>`. */
export function fieldError(
  code: ExposureFindingCode,
  field: string,
  rule: string,
): Finding {
  return { severity: 'error', code, field, message: `${field} ${rule}` };
}

/** The finding for a broken rule of a field, or none when `rule` is undefined (the value is fine). */
export function ruleFindings(
  code: ExposureFindingCode,
  field: string,
  rule: string | undefined,
): Finding[] {
  return rule === undefined ? [] : [fieldError(code, field, rule)];
}

/** TooManyItems when a list is longer than its {@link EXPOSURE_LIMITS} entry. */
export function limitFindings(
  field: keyof typeof EXPOSURE_LIMITS,
  items: readonly unknown[],
): Finding[] {
  const limit = EXPOSURE_LIMITS[field];
  return items.length > limit
    ? [
        fieldError(
          ExposureFindingCodes.TooManyItems,
          field,
          `must list at most ${limit} entries (this one lists ${items.length}): split the request`,
        ),
      ]
    : [];
}

/**
 * The rule "must not repeat" for entry `index` of a list: the index of the first entry with the
 * same key, in words, or undefined when the entry is the first of its key.
 */
export function repeatsRule<T>(
  items: readonly T[],
  index: number,
  key: (item: T) => string,
  field: string,
): string | undefined {
  const first = items.findIndex(item => key(item) === key(items[index]));
  return first < index ? `repeats ${field}[${first}]` : undefined;
}

/** The finding of `check` on a field's value, or none when the field is not given. */
export function valueFindings<T>(
  code: ExposureFindingCode,
  field: string,
  value: T | undefined,
  check: (value: T) => string | undefined,
): Finding[] {
  return value === undefined ? [] : ruleFindings(code, field, check(value));
}
