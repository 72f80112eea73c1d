import { backendConfig } from './backendConfig';
import { BackendProcess, startBackendProcess } from './backendProcess';
import { benchEntities } from './benchData';
import { ChangeResult, measureChangeToAnswer } from './changeToAnswer';
import { ColdSyncResult, measureColdSync } from './coldSync';
import { HungClusterResult, measureHungCluster } from './hungCluster';
import { BenchCluster, PORTWAY_HEALTH_CHECK_MS } from './backendConfig';
import type { KubeApi } from './kubeApi';
import type { LatencyProxy } from './latencyProxy';
import { seededRandom } from './loadGenerator';
import type { BackendKind } from './protocol';
import { entityQuery } from './queries';
import type { BackendBenchSettings } from './settings';
import {
  BenchContext,
  measureSteadyState,
  SteadyStateResult,
  warmUp,
} from './steadyState';

/** What one backend measured. */
export interface BackendResult {
  kind: BackendKind;
  startMs: number;
  at1: SteadyStateResult;
  at8: SteadyStateResult;
  change: ChangeResult;
  hung: HungClusterResult;
  /** Portway only: one per fresh backend started. */
  coldSyncs?: ColdSyncResult[];
  /** Portway only: heapUsed after gc with the clusters synced, minus with the clusters unreachable, per cluster. */
  heapPerClusterBytes?: number;
}

/** What measuring a backend needs from the comparison's setup. */
export interface MeasureSetup {
  settings: BackendBenchSettings;
  proxies: LatencyProxy[];
  /** The API server itself, for changing routes. */
  api: KubeApi;
  token: string;
  /** Every backend process started, so the comparison can stop them on failure. */
  started: BackendProcess[];
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Runs every scenario against one backend; Portway also gets cold sync and heap. */
export async function measureBackend(
  kind: BackendKind,
  setup: MeasureSetup,
): Promise<BackendResult> {
  const { settings, proxies, api, token, started } = setup;
  const entities = benchEntities();
  const start = async (clusters: BenchCluster[]) => {
    const backend = await startBackendProcess({
      backend: kind,
      config: backendConfig(clusters, token),
    });
    started.push(backend);
    return backend;
  };
  const contextOf = (backend: BackendProcess, seed: number): BenchContext => ({
    backend,
    query: entityQuery(kind, backend.baseUrl),
    proxies,
    entities,
    random: seededRandom(seed),
    maxPhaseMs: settings.maxPhaseSeconds * 1000,
    timeoutMs: settings.queryTimeoutSeconds * 1000,
    progress: log,
  });

  let baselineHeap: number | undefined;
  if (kind === 'portway') {
    // The same clusters at a closed port: the baseline loads the same code (client-node and
    // all) and runs the same retries, so the difference is the cached data and its watches.
    log(
      `[${kind}] baseline: a Portway backend whose clusters cannot be reached`,
    );
    const bare = await start(
      proxies.map(proxy => ({ name: proxy.name, url: 'http://127.0.0.1:9' })),
    );
    await warmUp(
      { ...contextOf(bare, settings.seed), proxies: [] },
      settings.warmup,
    );
    baselineHeap = (await bare.usage()).heapUsed;
    await bare.stop();
  }

  log(`[${kind}] starting with ${proxies.length} clusters`);
  let backend = await start(proxies);
  let coldSyncs: ColdSyncResult[] | undefined;
  if (kind === 'portway') {
    // Timed on fresh backends, one after another; the last one goes on to the other phases.
    coldSyncs = [];
    for (let run = 1; run <= Math.max(1, settings.coldSyncs); run += 1) {
      if (run > 1) {
        await backend.stop();
        backend = await start(proxies);
      }
      const coldSync = await measureColdSync(contextOf(backend, settings.seed));
      coldSyncs.push(coldSync);
      log(`[${kind}] cold sync: ${coldSync.ms ?? 'never'} ms`);
    }
  }
  const context = contextOf(backend, settings.seed);
  log(`[${kind}] warm-up: ${settings.warmup} queries`);
  await warmUp(context, settings.warmup);
  let heapPerClusterBytes: number | undefined;
  if (baselineHeap !== undefined) {
    const synced = (await backend.usage()).heapUsed;
    heapPerClusterBytes = (synced - baselineHeap) / proxies.length;
  }
  const phaseMs = settings.phaseSeconds * 1000;
  log(`[${kind}] ${settings.phaseSeconds} s of queries at concurrency 1`);
  const at1 = await measureSteadyState(context, 1, phaseMs);
  log(
    `[${kind}]   p50 ${at1.latencyMs.p50} ms, ${at1.latencyMs.count} queries`,
  );
  log(`[${kind}] ${settings.phaseSeconds} s of queries at concurrency 8`);
  const at8 = await measureSteadyState(context, 8, phaseMs);
  log(
    `[${kind}]   p95 ${at8.latencyMs.p95} ms, ${at8.latencyMs.count} queries`,
  );
  log(`[${kind}] ${settings.changes} route changes, polling every 10 ms`);
  const change = await measureChangeToAnswer(
    context,
    api,
    settings.changes,
    kind,
  );
  await warmUp(context, settings.warmup);
  const hungName = proxies[proxies.length - 1].name;
  log(
    `[${kind}] ${hungName} hangs ${settings.hungRounds} times, queries at concurrency 8`,
  );
  const hung = await measureHungCluster(context, {
    rounds: settings.hungRounds,
    phaseMs,
    noticeWithinMs:
      kind === 'portway' ? PORTWAY_HEALTH_CHECK_MS * 3 : undefined,
  });
  log(
    `[${kind}]   p95 ${hung.before.answeredLatencyMs.p95} ms before, ${hung.during.answeredLatencyMs.p95} ms during; ${hung.during.timedOut}/${hung.during.queries} timed out`,
  );
  await backend.stop();
  return {
    kind,
    startMs: backend.startMs,
    at1,
    at8,
    change,
    hung,
    coldSyncs,
    heapPerClusterBytes,
  };
}
