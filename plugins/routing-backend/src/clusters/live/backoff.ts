import { setTimeout as sleep } from 'node:timers/promises';

/** Retry delays that double from `initialMs` up to `maxMs`, with equal jitter. */
export interface Backoff {
  /** The delay before the next retry. */
  next(): number;
  /** Starts over from `initialMs`, after a success. */
  reset(): void;
}

/**
 * Equal jitter: half the exponential delay, plus a random part of the other half, so retries of
 * many kinds and replicas spread out while each still waits at least half the delay.
 */
export function createBackoff(
  settings: { backoffInitialMs: number; backoffMaxMs: number },
  random: () => number = Math.random,
): Backoff {
  let failures = 0;
  return {
    next() {
      const ceiling = Math.min(
        settings.backoffMaxMs,
        settings.backoffInitialMs * 2 ** failures,
      );
      failures++;
      return ceiling / 2 + random() * (ceiling / 2);
    },
    reset() {
      failures = 0;
    },
  };
}

/** Waits `ms`, or less if `signal` aborts first; never rejects. */
export async function delay(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}
