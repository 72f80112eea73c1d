import { runQueries } from './loadGenerator';
import { Percentiles, percentiles } from './percentiles';
import type { BenchContext } from './steadyState';

/** Queries at 8 concurrent while one cluster accepts connections and never answers. */
export interface HungClusterResult {
  hungCluster: string;
  queries: number;
  /** Queries the client gave up on after the query timeout. */
  timedOut: number;
  /** Latency of the queries that were answered (200) within the timeout. */
  answeredLatencyMs: Percentiles;
  /** Latency of as many queries at 8 concurrent just before the cluster hung, to compare with. */
  beforeLatencyMs: Percentiles;
  /** Answered queries with every route of every healthy cluster. */
  healthyClustersKept: number;
  /** Answered queries that report the hung cluster as not `ok` (or leave it out). */
  hungClusterReported: number;
  /** How long after the cluster hung its answers first reported it (when waited for). */
  noticedAfterMs?: number;
}

/** Asks one entity at a time until an answer reports the hung cluster; undefined if none does in time. */
async function waitUntilReported(
  context: BenchContext,
  cluster: string,
  withinMs: number,
): Promise<number | undefined> {
  const start = Date.now();
  while (Date.now() - start < withinMs) {
    const [entity] = context.entities;
    const result = await context.query(entity, context.timeoutMs);
    if (cluster in result.clusterProblems) return Date.now() - start;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return undefined;
}

/**
 * Sends queries at 8 concurrent to compare with, switches the last proxy to hung, optionally
 * waits until the backend's answers report it
 * (Portway's health check notices within its interval; the stock backend never answers
 * anyway), sends queries at 8 concurrent, then lets it recover.
 */
export async function measureHungCluster(
  context: BenchContext,
  count: number,
  noticeWithinMs?: number,
): Promise<HungClusterResult> {
  const hung = context.proxies[context.proxies.length - 1];
  const healthy = context.proxies.slice(0, -1).map(proxy => proxy.name);
  const before = await runQueries({
    ...context,
    count,
    concurrency: 8,
    maxMs: context.maxPhaseMs,
  });
  hung.setHung(true);
  try {
    const noticedAfterMs =
      noticeWithinMs === undefined
        ? undefined
        : await waitUntilReported(context, hung.name, noticeWithinMs);
    const run = await runQueries({
      ...context,
      count,
      concurrency: 8,
      maxMs: context.maxPhaseMs,
    });
    const answered = run.results.filter(
      result => result.status === 200 && !result.timedOut,
    );
    return {
      hungCluster: hung.name,
      queries: run.results.length,
      timedOut: run.results.filter(result => result.timedOut).length,
      answeredLatencyMs: percentiles(answered.map(result => result.ms)),
      beforeLatencyMs: percentiles(
        before.results
          .filter(result => result.status === 200 && !result.timedOut)
          .map(result => result.ms),
      ),
      healthyClustersKept: answered.filter(result =>
        healthy.every(name => result.routesByCluster[name] === 5),
      ).length,
      ...(noticedAfterMs !== undefined ? { noticedAfterMs } : {}),
      hungClusterReported: answered.filter(
        result =>
          hung.name in result.clusterProblems ||
          !result.clusters.includes(hung.name),
      ).length,
    };
  } finally {
    hung.setHung(false);
  }
}
