import { percentile } from './backends/percentiles';

/** The timings of one benchmark case. */
export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** The timings of one benchmark case as percentiles, for cases timed over many runs. */
export interface PercentileMeasurement {
  name: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (ms: number) => Number(ms.toFixed(1));

/**
 * Runs `work` `warmup` times untimed, then `runs` times, and returns each run's wall-clock
 * time in ms. `work` gets the run's index, counted over the warm-up too, so that each run can
 * do fresh work.
 */
function time(
  runs: number,
  warmup: number,
  work: (run: number) => unknown,
): number[] {
  for (let run = 0; run < warmup; run += 1) work(run);
  const times: number[] = [];
  for (let run = warmup; run < warmup + runs; run += 1) {
    const start = process.hrtime.bigint();
    work(run);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** Runs `work` once to warm up, then `runs` times, and reports the wall-clock times. */
export function measure(
  name: string,
  runs: number,
  work: () => unknown,
): Measurement {
  const times = time(runs, 1, work);
  return {
    name,
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
  };
}

/**
 * Runs `work(run)` `warmup` times untimed, then `runs` times, and reports p50, p95 and max of
 * the wall-clock times. Each run gets its own index, so it can take a fresh input.
 */
export function measurePercentiles(
  name: string,
  options: { runs: number; warmup: number },
  work: (run: number) => unknown,
): PercentileMeasurement {
  const sorted = time(options.runs, options.warmup, work).sort((a, b) => a - b);
  return {
    name,
    runs: options.runs,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1]),
  };
}
