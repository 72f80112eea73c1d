import type { BenchEntity } from './benchData';
import type { EntityQuery, QueryResult } from './queries';

/** A seeded pseudo-random generator (mulberry32): the same picks on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many queries to send, how, and when to stop. */
export interface QueryRun {
  query: EntityQuery;
  entities: readonly BenchEntity[];
  random: () => number;
  count: number;
  concurrency: number;
  /** No new query starts after this long. */
  maxMs: number;
  /** Client-side cap of each query. */
  timeoutMs: number;
  /** No new query starts once an answer satisfies this; the run says it stopped so. */
  stopWhen?: (result: QueryResult) => boolean;
}

/** Every answer of a run, and how long the run took. */
export interface QueryRunResult {
  results: QueryResult[];
  elapsedMs: number;
  /** Whether an answer satisfied `stopWhen`. */
  stopped: boolean;
}

/** Sends `count` queries for random entities, `concurrency` at a time. */
export async function runQueries(run: QueryRun): Promise<QueryRunResult> {
  const results: QueryResult[] = [];
  const start = performance.now();
  let started = 0;
  let stopped = false;
  async function worker() {
    while (started < run.count && !stopped) {
      if (performance.now() - start > run.maxMs) return;
      started += 1;
      const entity =
        run.entities[Math.floor(run.random() * run.entities.length)];
      const result = await run.query(entity, run.timeoutMs);
      results.push(result);
      if (run.stopWhen?.(result)) stopped = true;
    }
  }
  await Promise.all(Array.from({ length: run.concurrency }, worker));
  return { results, elapsedMs: performance.now() - start, stopped };
}
