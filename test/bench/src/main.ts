import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyzeGatewayApi } from '@portway/plugin-routing-common';
import { measure, Measurement } from './measure';
import { syntheticCluster } from './syntheticCluster';
import { BackendComparison, compareBackends } from './backends/compare';
import { comparisonTable } from './backends/report';
import { settingsFromArgs } from './backends/settings';
import { benchExposure, ExposureBenchResult } from './exposure/benchExposure';
import { exposureTable } from './exposure/exposureTable';
import {
  benchBrowser,
  BrowserBenchResult,
  browserTable,
} from './browser/browserBench';

// npm runs the bench script in this package's folder.
const benchDir = path.resolve('.');
const resultsDir = path.resolve('results');

/** The parts of `npm run bench`; `--only=<part>` runs one. */
const parts = ['analyze', 'exposure', 'backends', 'browser'] as const;
type Part = (typeof parts)[number];

function selectedParts(args: readonly string[]): Part[] {
  const only = args.find(arg => arg.startsWith('--only='))?.slice(7);
  if (!only) return [...parts];
  const chosen = only.split(',') as Part[];
  const unknown = chosen.filter(part => !parts.includes(part));
  if (unknown.length) {
    throw new Error(
      `--only=${only}: unknown part ${unknown.join(', ')}; parts: ${parts.join(
        ', ',
      )}`,
    );
  }
  return chosen;
}

function table(measurements: Measurement[]): string {
  const header =
    '| case | runs | median ms | min ms | max ms |\n| --- | ---: | ---: | ---: | ---: |';
  const rows = measurements.map(
    m => `| ${m.name} | ${m.runs} | ${m.medianMs} | ${m.minMs} | ${m.maxMs} |`,
  );
  return [header, ...rows].join('\n');
}

function analyze(): Measurement[] {
  const cluster = syntheticCluster(50, 30_000);
  return [
    measure(
      'analyze 30k HTTPRoutes on 50 Gateways (portway analyze engine)',
      7,
      () => analyzeGatewayApi(cluster),
    ),
  ];
}

/**
 * Runs the benchmarks (all, or those of `--only=analyze|exposure|backends|browser`), prints markdown
 * tables and writes results/latest.json.
 */
export async function main(args = process.argv.slice(2)): Promise<void> {
  const selected = selectedParts(args);
  let measurements: Measurement[] | undefined;
  let exposure: ExposureBenchResult | undefined;
  let backends: BackendComparison | undefined;
  let browser: BrowserBenchResult | undefined;
  if (selected.includes('analyze')) {
    measurements = analyze();
    process.stdout.write(`${table(measurements)}\n\n`);
  }
  if (selected.includes('exposure')) {
    exposure = benchExposure(undefined, line =>
      process.stderr.write(`${line}\n`),
    );
    process.stdout.write(`${exposureTable(exposure)}\n\n`);
  }
  if (selected.includes('backends')) {
    backends = await compareBackends(benchDir, settingsFromArgs(args));
    process.stdout.write(`${comparisonTable(backends)}\n\n`);
  }
  if (selected.includes('browser')) {
    browser = await benchBrowser(benchDir, line =>
      process.stderr.write(`${line}\n`),
    );
    process.stdout.write(`${browserTable(browser)}\n\n`);
  }
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
        exposure,
        backends,
        browser,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
}
