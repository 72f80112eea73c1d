/** A minute, in milliseconds. */
export const minute = 60 * 1000;
/** A day, in milliseconds. */
export const day = 24 * 60 * minute;

/** An ISO time `ms` milliseconds from now (negative: in the past). */
export function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}
