import type { Report } from './routeFieldReport';

/**
 * Reports each key of `value` that its standard-channel CRD type does not have. kubectl (strict
 * field validation) refuses such a field; other clients get it dropped without a word, which
 * is as bad: the setting silently does nothing.
 */
export function checkKnownFields(
  report: Report,
  field: string,
  value: unknown,
  known: readonly string[],
  type: string,
) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report(
        field ? `${field}.${key}` : key,
        `is not a field of the standard-channel ${type} (Gateway API v1.6): kubectl refuses it as an unknown field and the API server drops it otherwise`,
      );
    }
  }
}
