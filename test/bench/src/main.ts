import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyzeGatewayApi } from '@portway/plugin-routing-common';
import { measure, Measurement } from './measure';
import { syntheticCluster } from './syntheticCluster';

// npm runs the bench script in this package's folder.
const resultsDir = path.resolve('results');

function table(measurements: Measurement[]): string {
  const header =
    '| case | runs | median ms | min ms | max ms |\n| --- | ---: | ---: | ---: | ---: |';
  const rows = measurements.map(
    m => `| ${m.name} | ${m.runs} | ${m.medianMs} | ${m.minMs} | ${m.maxMs} |`,
  );
  return [header, ...rows].join('\n');
}

/** Runs every benchmark, prints a table and writes results/latest.json. */
export function main(): void {
  const cluster = syntheticCluster(50, 30_000);
  const measurements = [
    measure(
      'analyze 30k HTTPRoutes on 50 Gateways (portway analyze engine)',
      7,
      () => analyzeGatewayApi(cluster),
    ),
  ];
  process.stdout.write(`${table(measurements)}\n`);
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, 'latest.json');
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        measurements,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
}
