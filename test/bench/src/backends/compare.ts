import { acquireApiServer } from './apiServer';
import type { BackendProcess } from './backendProcess';
import { dataShape, entityName, entityNamespace } from './benchData';
import { createKubeApi, KubeApi } from './kubeApi';
import { LatencyProxy, startLatencyProxy } from './latencyProxy';
import { httpRoutePath, LoadSummary, loadData } from './loadData';
import { BackendResult, measureBackend } from './measureBackend';
import type { BackendBenchSettings } from './settings';

/** The whole comparison, as written to results/latest.json. */
export interface BackendComparison {
  setup: string;
  apiServer: string;
  load: LoadSummary | 'reused';
  settings: BackendBenchSettings;
  stock: BackendResult;
  portway: BackendResult;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function dataPresent(api: KubeApi): Promise<boolean> {
  const last = dataShape.entities - 1;
  const response = await api.request(
    'GET',
    httpRoutePath(
      entityNamespace(last),
      `${entityName(last)}-r${dataShape.routesPerEntity - 1}`,
    ),
  );
  return response.status === 200 && !!response.body?.status;
}

/**
 * Portway's routing backend against Backstage's Kubernetes backend, side by side: one API
 * server with the bench data, `clusters` latency proxies in front of it, each backend in its
 * own process with the same cluster config. Cleans up children, proxies and the API server
 * it started, also on failure.
 */
export async function compareBackends(
  benchDir: string,
  settings: BackendBenchSettings,
): Promise<BackendComparison> {
  const proxies: LatencyProxy[] = [];
  const started: BackendProcess[] = [];
  log('[setup] API server');
  const server = await acquireApiServer(benchDir);
  const api = createKubeApi(server);
  const cleanUp = async () => {
    await Promise.all(started.map(backend => backend.stop().catch(() => {})));
    await Promise.all(proxies.map(proxy => proxy.close().catch(() => {})));
    api.close();
    await server.stop();
  };
  const onSignal = () => {
    log('[bench] interrupted: cleaning up');
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`[setup] ${server.origin}: ${server.url}`);
    let load: LoadSummary | 'reused' = 'reused';
    if (!(settings.reuseData && (await dataPresent(api)))) {
      log('[setup] loading data');
      load = await loadData(api, log);
      log(
        `[setup] loaded ${load.services} Services and ${load.httpRoutes} HTTPRoutes with status (${load.requests} requests) in ${load.seconds} s`,
      );
    }
    for (let i = 1; i <= settings.clusters; i += 1) {
      proxies.push(
        await startLatencyProxy({
          name: `c${i}`,
          upstream: server,
          delayMs: settings.delayMs,
          listsFromCache: settings.listsFromCache,
        }),
      );
    }
    const routes = dataShape.entities * dataShape.routesPerEntity;
    const setup = `${settings.clusters} clusters = ${
      settings.clusters
    } proxies to one API server with ${routes / 1000}k HTTPRoutes, so ${
      (settings.clusters * routes) / 1000
    }k cached routes; each proxy adds ${settings.delayMs} ms per request${
      settings.listsFromCache
        ? ' and sends lists with resourceVersion=0 (answered from the watch cache, as clusters with consistent reads from cache do)'
        : '; lists are read from etcd (kube-apiserver-lite on etcd 3.4)'
    }`;
    log(`[setup] ${setup}`);
    const common = { settings, proxies, api, token: server.token, started };
    const portway = await measureBackend('portway', common);
    const stock = await measureBackend('stock', common);
    return {
      setup,
      apiServer: server.origin,
      load,
      settings,
      stock,
      portway,
    };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanUp();
  }
}
