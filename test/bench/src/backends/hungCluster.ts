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
  /** Answered queries with every route of every healthy cluster. */
  healthyClustersKept: number;
  /** Answered queries that report the hung cluster as not `ok` (or leave it out). */
  hungClusterReported: number;
}

/** Switches the last proxy to hung, sends queries at 8 concurrent, then lets it recover. */
export async function measureHungCluster(
  context: BenchContext,
  count: number,
): Promise<HungClusterResult> {
  const hung = context.proxies[context.proxies.length - 1];
  const healthy = context.proxies.slice(0, -1).map(proxy => proxy.name);
  hung.setHung(true);
  try {
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
      healthyClustersKept: answered.filter(result =>
        healthy.every(name => result.routesByCluster[name] === 5),
      ).length,
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
