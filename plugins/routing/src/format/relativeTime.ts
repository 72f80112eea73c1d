const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How far `isoTime` is from `now`, in its largest whole unit, in either direction:
 * `3 minutes ago`, `yesterday`, `in 23 days`; `now` within a second.
 */
export function relativeTime(isoTime: string, now: Date): string {
  const signed = Math.trunc(
    (new Date(isoTime).getTime() - now.getTime()) / 1000,
  );
  const seconds = Math.abs(signed);
  const [unit, size] = units.find(
    ([, unitSeconds]) => seconds >= unitSeconds,
  ) ?? ['second', 1];
  const value = Math.floor(seconds / size);
  return formatter.format(signed < 0 ? -value : value, unit);
}

/**
 * How long ago `isoTime` was, as {@link relativeTime} says it: `3 minutes ago`, `yesterday`;
 * `now` for a time in the future too (a record's time is never ahead; clocks drift).
 */
export function relativeAge(isoTime: string, now: Date): string {
  const past = Math.min(new Date(isoTime).getTime(), now.getTime());
  return relativeTime(new Date(past).toISOString(), now);
}
