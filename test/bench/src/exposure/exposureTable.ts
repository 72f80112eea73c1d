import type { ExposureBenchResult } from './benchExposure';

/** The exposure part as a markdown table, with the targets next to the numbers. */
export function exposureTable(result: ExposureBenchResult): string {
  const { cluster, loadAverage } = result;
  const kinds = Object.entries(cluster.byKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return [
    `Exposure: one cluster cache (createClusterCache) holding ${cluster.objects} objects (${kinds}), filled in ${cluster.fillMs} ms; each case after ${result.warmup} untimed runs, a fresh request per run; load average ${loadAverage.before} before, ${loadAverage.after} after.`,
    '',
    '| case | runs | p50 ms | p95 ms | max ms | target | answer |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...result.cases.map(
      c =>
        `| ${c.name} | ${c.runs} | ${c.p50Ms} | ${c.p95Ms} | ${c.maxMs} | ${c.target} | ${c.answer} |`,
    ),
  ].join('\n');
}
