import type { BackendProcess } from './backendProcess';
import type { BenchEntity } from './benchData';
import type { LatencyProxy, RequestCounts } from './latencyProxy';
import { QueryRun, QueryRunResult, runQueries } from './loadGenerator';
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

/** Queries at one concurrency for a fixed time. */
export interface SteadyStateResult {
  concurrency: number;
  latencyMs: Percentiles;
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

/** `value / queries`, rounded to 0.01; NaN without queries. */
export function perQuery(value: number, queries: number): number {
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

/** Queries sent as one block, with the backend's CPU and the API requests meanwhile. */
export interface TimedBlock extends QueryRunResult {
  /** The backend process's CPU (user + system) during the block. */
  cpuMs: number;
  /** API-server requests during the block, summed over every proxy. */
  requests: RequestCounts;
}

/** Runs queries as {@link runQueries} does and measures the backend's CPU and API requests. */
export async function runTimedBlock(
  context: BenchContext,
  block: Pick<QueryRun, 'count' | 'concurrency' | 'maxMs' | 'stopWhen'>,
): Promise<TimedBlock> {
  const { backend, proxies } = context;
  const usageBefore = await backend.usage({ gc: false });
  const countsBefore = totalCounts(proxies);
  const run = await runQueries({ ...context, ...block });
  const countsAfter = totalCounts(proxies);
  const usageAfter = await backend.usage({ gc: false });
  const requests = { ...countsAfter };
  for (const key of Object.keys(requests) as Array<keyof RequestCounts>) {
    requests[key] -= countsBefore[key];
  }
  const cpuUs =
    usageAfter.cpuUserUs +
    usageAfter.cpuSystemUs -
    usageBefore.cpuUserUs -
    usageBefore.cpuSystemUs;
  return { ...run, cpuMs: cpuUs / 1000, requests };
}

/** Sends queries at `concurrency` for `phaseMs` and measures latency, API requests and CPU. */
export async function measureSteadyState(
  context: BenchContext,
  concurrency: number,
  phaseMs: number,
): Promise<SteadyStateResult> {
  const block = await runTimedBlock(context, {
    count: Infinity,
    concurrency,
    maxMs: phaseMs,
  });
  const queries = block.results.length;
  const requests = Object.fromEntries(
    Object.entries(block.requests).map(([key, value]) => [
      key,
      perQuery(value, queries),
    ]),
  ) as unknown as RequestCounts;
  const clusterNames = context.proxies.map(proxy => proxy.name);
  return {
    concurrency,
    latencyMs: percentiles(block.results.map(result => result.ms)),
    incomplete: block.results.filter(
      result => !isComplete(result, clusterNames),
    ).length,
    apiRequestsPerQuery: {
      ...requests,
      total: perQuery(
        Object.values(block.requests).reduce((a, b) => a + b, 0),
        queries,
      ),
    },
    cpuMsPerQuery: perQuery(block.cpuMs, queries),
  };
}
