import type { BackendProcess } from './backendProcess';
import type { BenchEntity } from './benchData';
import type { LatencyProxy, RequestCounts } from './latencyProxy';
import { runQueries } from './loadGenerator';
import { Percentiles, percentiles } from './percentiles';
import type { EntityQuery, QueryResult } from './queries';

/** Everything a scenario needs about the backend under test. */
export interface BenchContext {
  backend: BackendProcess;
  query: EntityQuery;
  proxies: LatencyProxy[];
  entities: readonly BenchEntity[];
  random: () => number;
  maxPhaseMs: number;
  timeoutMs: number;
  progress: (message: string) => void;
}

/** Timed queries at one concurrency. */
export interface SteadyStateResult {
  concurrency: number;
  latencyMs: Percentiles;
  /** Whether the time cap cut the phase short of the planned count. */
  capped: boolean;
  /** Answers that were not 200 or lacked a cluster's routes. */
  incomplete: number;
  /** API-server requests per query, by kind, summed over every proxy. */
  apiRequestsPerQuery: RequestCounts & { total: number };
  /** The backend process's CPU (user + system) per query. */
  cpuMsPerQuery: number;
}

/** Requests of every proxy, summed. */
export function totalCounts(proxies: LatencyProxy[]): RequestCounts {
  const total: RequestCounts = { discovery: 0, list: 0, watch: 0, other: 0 };
  for (const proxy of proxies) {
    const counts = proxy.counts();
    for (const key of Object.keys(total) as Array<keyof RequestCounts>) {
      total[key] += counts[key];
    }
  }
  return total;
}

/** Whether an answer has every cluster's routes of an entity (5 per cluster). */
export function isComplete(result: QueryResult, clusters: string[]): boolean {
  return (
    result.status === 200 &&
    Object.keys(result.clusterProblems).length === 0 &&
    clusters.every(name => result.routesByCluster[name] === 5)
  );
}

function perQuery(value: number, queries: number): number {
  return queries ? Math.round((value / queries) * 100) / 100 : NaN;
}

/** Sends warm-up queries that are not measured. */
export async function warmUp(context: BenchContext, count: number) {
  await runQueries({
    ...context,
    count,
    concurrency: 1,
    maxMs: context.maxPhaseMs,
  });
}

/** Sends `count` queries at `concurrency` and measures latency, API requests and CPU. */
export async function measureSteadyState(
  context: BenchContext,
  concurrency: number,
  count: number,
): Promise<SteadyStateResult> {
  const { backend, proxies } = context;
  const usageBefore = await backend.usage({ gc: false });
  const countsBefore = totalCounts(proxies);
  const run = await runQueries({
    ...context,
    count,
    concurrency,
    maxMs: context.maxPhaseMs,
  });
  const countsAfter = totalCounts(proxies);
  const usageAfter = await backend.usage({ gc: false });
  const queries = run.results.length;
  const requests = Object.fromEntries(
    (Object.keys(countsAfter) as Array<keyof RequestCounts>).map(key => [
      key,
      perQuery(countsAfter[key] - countsBefore[key], queries),
    ]),
  ) as unknown as RequestCounts;
  const cpuUs =
    usageAfter.cpuUserUs +
    usageAfter.cpuSystemUs -
    usageBefore.cpuUserUs -
    usageBefore.cpuSystemUs;
  const clusterNames = proxies.map(proxy => proxy.name);
  return {
    concurrency,
    latencyMs: percentiles(run.results.map(result => result.ms)),
    capped: run.capped,
    incomplete: run.results.filter(result => !isComplete(result, clusterNames))
      .length,
    apiRequestsPerQuery: {
      ...requests,
      total: perQuery(
        Object.values(countsAfter).reduce((a, b) => a + b, 0) -
          Object.values(countsBefore).reduce((a, b) => a + b, 0),
        queries,
      ),
    },
    cpuMsPerQuery: perQuery(cpuUs / 1000, queries),
  };
}
