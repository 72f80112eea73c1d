/** How the backend comparison runs; every field has a `--flag=value` of the same name. */
export interface BackendBenchSettings {
  /** Queries before the timed ones, per backend. */
  warmup: number;
  /**
   * How long each timed phase sends queries (at 1 and at 8 concurrent, before a hang and after
   * it is noticed): both backends get the same time, so a fast one is measured over as many
   * seconds as a slow one, not over one second of a busy machine.
   */
  phaseSeconds: number;
  /** Untimed waits (warm-up, changes, recovery) give up after this long. */
  maxPhaseSeconds: number;
  /** Client-side cap of each query. */
  queryTimeoutSeconds: number;
  /** Latency each proxy adds before forwarding a request. */
  delayMs: number;
  /** Route changes timed from patch to answer, per backend. */
  changes: number;
  /** Fresh Portway backends whose cold sync is timed. */
  coldSyncs: number;
  /** Times one cluster hangs and recovers, per backend. */
  hungRounds: number;
  /** Clusters (latency proxies to the one API server). */
  clusters: number;
  /** Whether proxies add resourceVersion=0 to lists (see latencyProxy.ts). */
  listsFromCache: boolean;
  /** Keep data already loaded by an earlier run on the same `$KUBECONFIG`. */
  reuseData: boolean;
  seed: number;
}

/** The defaults: the plan, within about 10 minutes on 2 cores. */
export const defaultSettings: BackendBenchSettings = {
  warmup: 20,
  phaseSeconds: 20,
  maxPhaseSeconds: 60,
  queryTimeoutSeconds: 15,
  delayMs: 20,
  changes: 10,
  coldSyncs: 3,
  hungRounds: 3,
  clusters: 3,
  listsFromCache: true,
  reuseData: false,
  seed: 42,
};

/** Settings from `--name=value` arguments (`--lists-from-cache=false`, `--reuse-data`). */
export function settingsFromArgs(
  args: readonly string[],
): BackendBenchSettings {
  const settings: Record<string, number | boolean> = { ...defaultSettings };
  for (const arg of args) {
    const match = arg.match(/^--([a-z0-9-]+)(?:=(.*))?$/);
    if (!match) continue;
    const key = match[1].replace(/-([a-z0-9])/g, (_, c: string) =>
      c.toUpperCase(),
    );
    if (!(key in settings)) continue;
    const value = match[2];
    if (typeof settings[key] === 'boolean') {
      settings[key] = value === undefined || value === 'true';
    } else if (value !== undefined && Number.isFinite(Number(value))) {
      settings[key] = Number(value);
    } else {
      throw new Error(`--${match[1]} needs a number`);
    }
  }
  return settings as unknown as BackendBenchSettings;
}
