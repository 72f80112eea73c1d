import { measurePercentiles, PercentileMeasurement } from '../measure';

/** One case of the exposure part: its timings, the target and what it answered. */
export interface ExposureCaseResult extends PercentileMeasurement {
  target: string;
  /** What the timed runs answered, e.g. how many preflights were ok and their finding codes. */
  answer: string;
}

/** How many runs each case times, after how many untimed ones. */
export interface ExposureBenchSettings {
  runs: number;
  warmup: number;
}

/**
 * Times `work(run)` as {@link measurePercentiles} does and describes the answers of the timed
 * runs with `answer`, so the table shows that each case did the work it is named for.
 */
export function timedCase<T>(
  name: string,
  target: string,
  settings: ExposureBenchSettings,
  work: (run: number) => T,
  answer: (results: T[]) => string,
): ExposureCaseResult {
  const results: T[] = [];
  const measurement = measurePercentiles(name, settings, run => {
    const result = work(run);
    if (run >= settings.warmup) results.push(result);
  });
  return { ...measurement, target, answer: answer(results) };
}

/** `1 Service`, `3 IngressClasses`. */
export function counted(
  count: number,
  noun: string,
  plural = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** The distinct descriptions of `results`, joined. */
export function distinct<T>(
  results: T[],
  describe: (result: T) => string,
): string {
  return [...new Set(results.map(describe))].join('; ');
}
