import type { BackendComparison } from './compare';
import type { BackendResult } from './measureBackend';
import type { SteadyStateResult } from './steadyState';

const NA = 'n/a';

function latency(result: SteadyStateResult): string {
  const { p50, p95, p99, count } = result.latencyMs;
  const notes = [
    `${count} queries${result.capped ? ', time-capped' : ''}`,
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

function hung(result: BackendResult): string {
  const h = result.hung;
  const answered = h.queries - h.timedOut;
  const p95 = answered ? `p95 ${h.answeredLatencyMs.p95} ms` : 'no answers';
  const kept = answered
    ? `; of ${answered} answers, ${h.healthyClustersKept} kept the other clusters' routes, ${h.hungClusterReported} reported ${h.hungCluster} as failing`
    : '';
  const noticed =
    h.noticedAfterMs !== undefined
      ? `reported after ${(h.noticedAfterMs / 1000).toFixed(1)} s; `
      : '';
  return `${noticed}${p95}; ${h.timedOut}/${h.queries} timed out${kept}`;
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
      'cold sync, start to every cluster ok',
      NA,
      portway.coldSync?.ms === null || portway.coldSync === undefined
        ? 'never'
        : `${portway.coldSync.ms} ms (${portway.coldSync.polls} polls)`,
      '< 5 s',
    ],
    ['route change to answer, median', change(stock), change(portway), '< 1 s'],
    [
      `cluster ${portway.hung.hungCluster} hung, 8 concurrent`,
      hung(stock),
      hung(portway),
      `p95 not above the p95 just before the hang (${portway.hung.beforeLatencyMs.p95} ms)`,
    ],
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
