/*
 * Child process entry: starts one backend (stock Kubernetes or Portway routing) with a mock
 * catalog of the bench entities, then answers the parent's IPC messages. Started by
 * backendProcess.ts with `node --expose-gc -r nodeTransform.cjs`, so CPU and heap are its own.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { benchEntities } from './benchData';
import type {
  ChildMessage,
  ParentMessage,
  RunBackendOptions,
} from './protocol';

function send(message: ChildMessage) {
  process.send?.(message);
}

function loadFeature(kind: RunBackendOptions['backend']) {
  // Only the measured plugin is loaded, so the other one costs this process nothing. The
  // bench is a harness, so it may load a backend plugin like a backend package does.
  return kind === 'stock'
    ? require('@backstage/plugin-kubernetes-backend').default
    : // eslint-disable-next-line @backstage/no-mixed-plugin-imports
      require('@portway/plugin-routing-backend').default;
}

function usage(gc: boolean): ChildMessage {
  const cpu = process.cpuUsage();
  if (gc) (global as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  return {
    type: 'usage',
    cpuUserUs: cpu.user,
    cpuSystemUs: cpu.system,
    heapUsed: memory.heapUsed,
    rss: memory.rss,
  };
}

async function main() {
  const options: RunBackendOptions = JSON.parse(
    process.env.BENCH_BACKEND_OPTIONS ?? '{}',
  );
  const feature = loadFeature(options.backend);
  const entities = benchEntities();
  const startedAt = Date.now();
  const backend = await startTestBackend({
    features: [
      feature,
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({ data: options.config as any }),
      mockServices.rootLogger.factory({ level: options.logLevel ?? 'none' }),
    ],
  });
  send({
    type: 'ready',
    port: backend.server.port(),
    startedAt,
    startMs: Date.now() - startedAt,
  });
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'usage') send(usage(message.gc ?? true));
    if (message.type === 'stop') {
      await backend.stop().catch(() => {});
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch(error => {
  send({ type: 'error', message: String(error?.stack ?? error) });
  process.exit(1);
});
