/*
 * The backend exports only its plugin: its cluster cache, the cache's preflight view, the
 * entity selector and the ExposureOptions service are internal. The bench, a harness, reads
 * them by their source path (Backstage's node transform compiles them), so it measures the
 * code the backend runs.
 */
/* eslint-disable @backstage/no-mixed-plugin-imports, @backstage/no-forbidden-package-imports */
import {
  KubernetesObject,
  preflightExposure,
  RenderResult,
} from '@portway/plugin-routing-common';
import { createClusterCache } from '@portway/plugin-routing-backend/src/clusters/cache/createClusterCache';
import type { ClusterCache } from '@portway/plugin-routing-backend/src/clusters/cache/types';
import { preflightCluster } from '@portway/plugin-routing-backend/src/clusters/preflightClusters';
import { createClusterCaches } from '@portway/plugin-routing-backend/src/clusters/clusterCaches';
import {
  kindNameOf,
  kindNames,
} from '@portway/plugin-routing-backend/src/clusters/resourceKinds';
import { entitySelector } from '@portway/plugin-routing-backend/src/services/EntityRoutes/entitySelector';
import { createExposureOptionsService } from '@portway/plugin-routing-backend/src/services/ExposureOptions/createExposureOptionsService';
/* eslint-enable @backstage/no-mixed-plugin-imports, @backstage/no-forbidden-package-imports */
import os from 'os';
import { exposureCluster } from './exposureCluster';
import {
  ExposureBenchSettings,
  ExposureCaseResult,
  timedCase,
} from './exposureCase';
import { pickerCases } from './exposurePickers';
import {
  CLUSTER,
  entityOf,
  PreflightCase,
  preflightCases,
} from './exposureRequests';

/** The exposure part's results, as results/latest.json holds them under `exposure`. */
export interface ExposureBenchResult {
  cluster: {
    objects: number;
    byKind: Record<string, number>;
    /** How long filling the cache took (replaceAll per kind: trimming and indexing). */
    fillMs: number;
  };
  warmup: number;
  /**
   * The machine's 1-minute load average before and after the cases: the timings are wall-clock
   * times of one thread, so other processes on a 2-core machine show in the p95 and max.
   */
  loadAverage: { before: number; after: number };
  cases: ExposureCaseResult[];
}

/** The runs each case times by default: a p95 over 300 fresh requests. */
export const defaultExposureSettings: ExposureBenchSettings = {
  runs: 300,
  warmup: 30,
};

/** The target for a preflight. */
const PREFLIGHT_TARGET = 'p95 < 50 ms';

/** A cache filled as a cluster's watches fill it: one complete list per kind, then synced. */
function filledCache(objects: KubernetesObject[], syncedAt: number) {
  const cache: ClusterCache = createClusterCache(CLUSTER);
  const byKind: Record<string, number> = {};
  const start = process.hrtime.bigint();
  for (const kind of kindNames) {
    const ofKind = objects.filter(object => kindNameOf(object) === kind);
    if (ofKind.length) byKind[kind] = ofKind.length;
    cache.replaceAll(kind, ofKind);
    cache.setSync(kind, { state: 'synced', lastSyncedAt: syncedAt });
  }
  const fillMs = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  return { cache, cluster: { objects: objects.length, byKind, fillMs } };
}

/** `ok in 300/300 runs; findings: info SecretNotChecked` from the timed runs' answers. */
function preflightAnswer(results: RenderResult[]): string {
  const ok = results.filter(result => result.ok).length;
  const codes = new Set(
    results.flatMap(result =>
      result.findings.map(finding => `${finding.severity} ${finding.code}`),
    ),
  );
  return `ok in ${ok}/${results.length} runs; findings: ${
    [...codes].sort().join(', ') || 'none'
  }`;
}

/**
 * One exposure type's preflight as the backend's endpoint runs it: against the cache's
 * preflight view, with the entity's ownership and an empty GitOps folder. The requests are
 * built before the timing (the endpoint's body parse is not the preflight).
 */
function preflightCaseResult(
  preflightCase: PreflightCase,
  cache: ClusterCache,
  now: number,
  settings: ExposureBenchSettings,
): ExposureCaseResult {
  const requests = Array.from(
    { length: settings.warmup + settings.runs },
    (_, run) => preflightCase.request(run),
  );
  return timedCase(
    `preflight ${preflightCase.name}`,
    PREFLIGHT_TARGET,
    settings,
    run =>
      preflightExposure(requests[run], {
        clusters: [preflightCluster(cache, now)],
        ownsService: entitySelector(entityOf(requests[run].entityRef)).matches,
        existingFolder: {},
        now,
      }),
    preflightAnswer,
  );
}

/**
 * Issue 9's measures, in-process against one cluster cache of the backend holding 30k
 * HTTPRoutes and their neighbours: the preflight of one request of each exposure type (a
 * fresh request every run), and the answers of the pickers' endpoints.
 */
export function benchExposure(
  settings: ExposureBenchSettings = defaultExposureSettings,
  progress: (line: string) => void = () => {},
): ExposureBenchResult {
  const now = Date.now();
  const loadBefore = os.loadavg()[0];
  progress('exposure: filling the cluster cache');
  const { cache, cluster } = filledCache(exposureCluster(), now);
  progress(
    `exposure: ${cluster.objects} objects cached in ${cluster.fillMs} ms`,
  );
  const cases: ExposureCaseResult[] = [];
  for (const preflightCase of preflightCases) {
    progress(`exposure: preflight ${preflightCase.name}`);
    cases.push(preflightCaseResult(preflightCase, cache, now, settings));
  }
  progress('exposure: pickers');
  const clusters = createClusterCaches();
  clusters.set([cache]);
  const options = createExposureOptionsService({
    clusters,
    now: () => now,
  });
  cases.push(...pickerCases(options, settings));
  const load = (value: number) => Math.round(value * 100) / 100;
  return {
    cluster,
    warmup: settings.warmup,
    loadAverage: { before: load(loadBefore), after: load(os.loadavg()[0]) },
    cases,
  };
}
