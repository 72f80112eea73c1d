import { Percentiles, percentiles } from './percentiles';
import type { QueryResult } from './queries';
import {
  BenchContext,
  perQuery,
  runTimedBlock,
  TimedBlock,
} from './steadyState';

/** Queries at 8 concurrent in one state of the hung-cluster rounds, pooled over the rounds. */
export interface HungPhaseResult {
  queries: number;
  /** Queries the client gave up on after the query timeout. */
  timedOut: number;
  /** Latency of the queries answered (200) within the timeout. */
  answeredLatencyMs: Percentiles;
  /** The backend process's CPU (user + system) per query. */
  cpuMsPerQuery: number;
}

/**
 * Rounds in which one cluster hangs (accepts connections, never answers) and recovers, with
 * queries at 8 concurrent before each hang and during it.
 */
export interface HungClusterResult {
  hungCluster: string;
  rounds: number;
  /** Queries while every cluster answered. */
  before: HungPhaseResult;
  /** Queries from the moment the cluster hung, before and after the backend noticed. */
  during: HungPhaseResult;
  /** p95 during the hang over p95 just before it, per round: how much one round says. */
  p95RatioByRound: number[];
  /** Answered queries during the hangs with every route of every healthy cluster. */
  healthyClustersKept: number;
  /** Answered queries during the hangs that report the hung cluster as not `ok` (or leave it out). */
  hungClusterReported: number;
  /** Per round in which the backend's answers reported the hung cluster: how long after it hung. */
  noticedAfterMs: number[];
}

/** How a scenario runs: the time per phase, and how long to wait for a backend to notice the hang. */
export interface HungClusterPlan {
  rounds: number;
  phaseMs: number;
  /** Portway: its health check interval and then some; undefined for a backend that never notices. */
  noticeWithinMs?: number;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Whether an answer says the cluster is not `ok`, or leaves it out. */
function reports(result: QueryResult, cluster: string): boolean {
  return (
    result.status === 200 &&
    (cluster in result.clusterProblems || !result.clusters.includes(cluster))
  );
}

/** Asks one entity at a time until an answer reports the cluster fine again. */
async function waitUntilRecovered(context: BenchContext, cluster: string) {
  const [entity] = context.entities;
  const start = Date.now();
  while (Date.now() - start < context.maxPhaseMs) {
    const result = await context.query(entity, context.timeoutMs);
    if (result.status === 200 && !reports(result, cluster)) return;
    await sleep(250);
  }
  throw new Error(
    `cluster ${cluster} still not ok ${context.maxPhaseMs} ms after it recovered`,
  );
}

function phaseResult(blocks: TimedBlock[]): HungPhaseResult {
  const results = blocks.flatMap(block => block.results);
  const cpuMs = blocks.reduce((sum, block) => sum + block.cpuMs, 0);
  return {
    queries: results.length,
    timedOut: results.filter(result => result.timedOut).length,
    answeredLatencyMs: percentiles(answered(results).map(result => result.ms)),
    cpuMsPerQuery: perQuery(cpuMs, results.length),
  };
}

function answered(results: QueryResult[]): QueryResult[] {
  return results.filter(result => result.status === 200 && !result.timedOut);
}

/**
 * Each round: queries at 8 concurrent for `phaseMs`; then the last proxy hangs and queries go
 * on until an answer reports it (when the backend is expected to notice) and for `phaseMs`
 * more; then the proxy recovers and the round ends once the backend reports the cluster fine.
 * The backend's heap is collected before each side, so garbage of one side (the relist after
 * a recovery) does not slow the other.
 * Pooling equal stretches of time from several rounds keeps one slow second of a 2-core
 * machine from deciding the comparison.
 */
export async function measureHungCluster(
  context: BenchContext,
  plan: HungClusterPlan,
): Promise<HungClusterResult> {
  const hung = context.proxies[context.proxies.length - 1];
  const healthy = context.proxies.slice(0, -1).map(proxy => proxy.name);
  const block = (maxMs: number, stopWhen?: (result: QueryResult) => boolean) =>
    runTimedBlock(context, {
      count: Infinity,
      concurrency: 8,
      maxMs,
      stopWhen,
    });
  const before: TimedBlock[] = [];
  const during: TimedBlock[] = [];
  const p95RatioByRound: number[] = [];
  const noticedAfterMs: number[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    context.progress(
      `  round ${round}/${plan.rounds}: ${hung.name} answers, then hangs`,
    );
    // Both sides start from a collected heap, so neither pays for the other's garbage.
    await context.backend.usage({ gc: true });
    const normal = await block(plan.phaseMs);
    await context.backend.usage({ gc: true });
    hung.setHung(true);
    const hungBlocks: TimedBlock[] = [];
    try {
      if (plan.noticeWithinMs !== undefined) {
        const untilNoticed = await block(plan.noticeWithinMs, result =>
          reports(result, hung.name),
        );
        if (untilNoticed.stopped)
          noticedAfterMs.push(Math.round(untilNoticed.elapsedMs));
        hungBlocks.push(untilNoticed);
      }
      hungBlocks.push(await block(plan.phaseMs));
    } finally {
      hung.setHung(false);
    }
    await waitUntilRecovered(context, hung.name);
    before.push(normal);
    during.push(...hungBlocks);
    const p95 = (blocks: TimedBlock[]) =>
      percentiles(answered(blocks.flatMap(b => b.results)).map(r => r.ms)).p95;
    p95RatioByRound.push(
      Math.round((p95(hungBlocks) / p95([normal])) * 100) / 100,
    );
  }
  const answeredDuring = answered(during.flatMap(b => b.results));
  return {
    hungCluster: hung.name,
    rounds: plan.rounds,
    before: phaseResult(before),
    during: phaseResult(during),
    p95RatioByRound,
    healthyClustersKept: answeredDuring.filter(result =>
      healthy.every(name => result.routesByCluster[name] === 5),
    ).length,
    hungClusterReported: answeredDuring.filter(result =>
      reports(result, hung.name),
    ).length,
    noticedAfterMs,
  };
}
