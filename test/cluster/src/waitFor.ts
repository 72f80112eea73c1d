/** How long to wait, and how often to look. */
export interface WaitOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Pause between attempts. Default 100. */
  intervalMs?: number;
}

/** What `waitFor` resolves to: the value, and how long it took to get it. */
export interface Waited<T> {
  value: T;
  elapsedMs: number;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Calls `attempt` until it returns something other than `undefined` or the deadline passes.
 * An attempt that throws counts as "not yet"; on timeout the error names `what` and shows the
 * last value `describe` was given (or the last error), so a failure says where things stood.
 */
export async function waitFor<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  options: WaitOptions & { describe?: () => string },
): Promise<Waited<T>> {
  const start = Date.now();
  const deadline = start + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return { value, elapsedMs: Date.now() - start };
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const last = lastError
        ? `last attempt failed: ${String(lastError)}`
        : options.describe?.() ?? '';
      throw new Error(
        `Timed out after ${options.timeoutMs} ms waiting for ${what}. ${last}`,
      );
    }
    await sleep(
      Math.min(options.intervalMs ?? 100, Math.max(0, deadline - Date.now())),
    );
  }
}
