import type { BackendComparison } from './compare';
import type { BackendResult } from './measureBackend';
import type { HungPhaseResult } from './hungCluster';
import { median } from './percentiles';
import type { SteadyStateResult } from './steadyState';

const NA = 'n/a';

function latency(result: SteadyStateResult): string {
  const { p50, p95, p99, count } = result.latencyMs;
  const notes = [
    `${count} queries`,
    ...(result.incomplete ? [`${result.incomplete} incomplete`] : []),
  ];
  return `${p50} / ${p95} / ${p99} (${notes.join(', ')})`;
}

function requests(result: SteadyStateResult): string {
  const { total, discovery, list, watch, other } = result.apiRequestsPerQuery;
  const parts = Object.entries({
    list,
    watch,
    other,
    'discovery and health checks (background)': discovery,
  })
    .filter(([, value]) => value > 0)
    .map(([key, value]) => `${key} ${value}`);
  return `${total}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function latencyBeforeAndDuring(result: BackendResult): string {
  const { before, during } = result.hung;
  const pair = (phase: HungPhaseResult) =>
    phase.answeredLatencyMs.count
      ? `${phase.answeredLatencyMs.p50} / ${phase.answeredLatencyMs.p95}`
      : 'no answers';
  return `${pair(before)} -> ${pair(during)} (${
    before.answeredLatencyMs.count
  } -> ${during.answeredLatencyMs.count} answers)`;
}

function hungOutcome(result: BackendResult): string {
  const h = result.hung;
  const answered = h.during.queries - h.during.timedOut;
  const noticed = h.noticedAfterMs.length
    ? `; reported after ${h.noticedAfterMs
        .map(ms => (ms / 1000).toFixed(1))
        .join(', ')} s`
    : '';
  const kept = answered
    ? `; of ${answered} answers, ${h.healthyClustersKept} kept the other clusters' routes, ${h.hungClusterReported} reported ${h.hungCluster} as failing`
    : '';
  return `${h.during.timedOut}/${h.during.queries} timed out${kept}${noticed}`;
}

/** The hung-cluster rows: outcome, latency before and during, ratio per round, CPU. */
function hungRows(
  stock: BackendResult,
  portway: BackendResult,
): Array<[string, string, string, string]> {
  const { hungCluster, rounds } = portway.hung;
  const label = `cluster ${hungCluster} hung (${rounds} rounds, 8 concurrent)`;
  const ratios = (result: BackendResult) =>
    result.hung.p95RatioByRound
      .map(value => (Number.isFinite(value) ? `${value}` : 'no answers'))
      .join(', ');
  const cpu = (result: BackendResult) =>
    `${result.hung.before.cpuMsPerQuery} -> ${result.hung.during.cpuMsPerQuery}`;
  return [
    [label, hungOutcome(stock), hungOutcome(portway), ''],
    [
      `${label}: p50 / p95 ms before -> during`,
      latencyBeforeAndDuring(stock),
      latencyBeforeAndDuring(portway),
      'p95 of the others not raised',
    ],
    [
      `${label}: p95 during / before, per round`,
      ratios(stock),
      ratios(portway),
      '',
    ],
    [
      `${label}: CPU ms per query before -> during`,
      cpu(stock),
      cpu(portway),
      '',
    ],
  ];
}

function coldSyncs(result: BackendResult): string {
  const runs = result.coldSyncs ?? [];
  if (runs.some(run => run.ms === null)) {
    return `never ok in ${runs.filter(run => run.ms === null).length} of ${
      runs.length
    } starts`;
  }
  const ms = runs.map(run => run.ms as number);
  return `${median(ms)} ms (${ms.join(', ')})`;
}

function change(result: BackendResult): string {
  const shown = result.change.changesMs.filter(ms => ms !== null).length;
  return `${result.change.medianMs} ms (${shown}/${result.change.changesMs.length} shown)`;
}

function ratio(stock: number, portway: number): string {
  return `${Math.round((stock / portway) * 100) / 100}x`;
}

/** The comparison as a markdown table, with the issue's targets next to the numbers. */
export function comparisonTable(comparison: BackendComparison): string {
  const { stock, portway } = comparison;
  const mb = (bytes?: number) =>
    bytes === undefined ? NA : `${Math.round((bytes / 1048576) * 10) / 10} MB`;
  const rows: Array<[string, string, string, string]> = [
    [
      'entity query p50 / p95 / p99 ms, 1 concurrent',
      latency(stock.at1),
      latency(portway.at1),
      '',
    ],
    [
      'entity query p50 / p95 / p99 ms, 8 concurrent',
      latency(stock.at8),
      latency(portway.at8),
      '',
    ],
    [
      'p95 at 8 concurrent, stock / Portway',
      '',
      ratio(stock.at8.latencyMs.p95, portway.at8.latencyMs.p95),
      '>= 10x',
    ],
    [
      'API-server requests per query, 1 concurrent',
      requests(stock.at1),
      requests(portway.at1),
      'Portway 0 in steady state',
    ],
    [
      'API-server requests per query, 8 concurrent',
      requests(stock.at8),
      requests(portway.at8),
      'Portway 0 in steady state',
    ],
    [
      'backend CPU ms per query, 1 / 8 concurrent',
      `${stock.at1.cpuMsPerQuery} / ${stock.at8.cpuMsPerQuery}`,
      `${portway.at1.cpuMsPerQuery} / ${portway.at8.cpuMsPerQuery}`,
      '',
    ],
    [
      'heap per 10k cached routes (per cluster)',
      NA,
      mb(portway.heapPerClusterBytes),
      '<= 10 MB',
    ],
    [
      'cold sync, start to every cluster ok: median (each fresh backend)',
      NA,
      coldSyncs(portway),
      '< 5 s',
    ],
    ['route change to answer, median', change(stock), change(portway), '< 1 s'],
    ...hungRows(stock, portway),
  ];
  const load =
    comparison.load === 'reused'
      ? 'data kept from an earlier run'
      : `loaded ${comparison.load.services} Services and ${comparison.load.httpRoutes} HTTPRoutes with status (${comparison.load.requests} requests, 32 in flight) in ${comparison.load.seconds} s`;
  return [
    `Backends: ${comparison.setup}. API server: ${comparison.apiServer}; ${load}.`,
    '',
    '| measure | stock Kubernetes backend | Portway routing backend | target (issue) |',
    '| --- | --- | --- | --- |',
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ].join('\n');
}
