import { checkDuration } from './fieldRules';

const UNIT_MS: Record<string, number> = {
  h: 3600000,
  m: 60000,
  s: 1000,
  ms: 1,
};

/** A Gateway API Duration (`1m30s`) in milliseconds; undefined when it is not one. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || checkDuration(value)) return undefined;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+)(ms|h|m|s)/g)) {
    total += Number(amount) * UNIT_MS[unit];
  }
  return total;
}
