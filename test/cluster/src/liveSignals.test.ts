import request from 'supertest';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { entityRoutesChannel } from '@portway/plugin-routing-common';
import { startRoutingBackend } from './routingBackend';
import {
  createHttpRoute,
  setHttpRouteHostnames,
  writeEntityObjects,
} from './routingObjects';
import {
  clients,
  kubernetesConfigFor,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

describe('live updates from a real API server', () => {
  const kubeConfig = testKubeConfig();
  const api = clients(kubeConfig);
  const namespace = uniqueNamespace('live');
  const published: SignalPayload[] = [];
  const recordingSignals = createServiceFactory({
    service: signalsServiceRef,
    deps: {},
    factory: () => ({
      publish: async (signal: SignalPayload) => {
        published.push(signal);
      },
    }),
  });

  beforeAll(async () => {
    await writeEntityObjects(api, { namespace, kubernetesId: 'live-web' });
    await createHttpRoute(api.custom, namespace, 'web', ['web.live.example']);
  });

  afterAll(async () => {
    await api.core.deleteNamespace({ name: namespace });
  });

  it('signals the entity and changes the ETag when its route changes in the cluster, and answers 304 while it does not', async () => {
    const backend = await startRoutingBackend({
      config: kubernetesConfigFor(kubeConfig, 'test-cluster'),
      entityName: 'live-web',
      kubernetesId: 'live-web',
      services: [recordingSignals],
    });
    try {
      await backend.waitForClusterState('test-cluster', 'ok', 20_000);
      const path = '/api/routing/entities/default/component/live-web/routes';
      const first = await request(backend.server).get(path);
      const etag = first.headers.etag;
      expect(first.body.routes.map((r: any) => r.hostnames)).toEqual([
        ['web.live.example'],
      ]);
      const unchanged = await request(backend.server)
        .get(path)
        .set('If-None-Match', etag);
      expect(unchanged.status).toBe(304);

      await setHttpRouteHostnames(api.custom, namespace, 'web', [
        'web.live.example',
        'new.live.example',
      ]);
      const channel = entityRoutesChannel('component:default/live-web');
      await waitFor(
        `a signal on ${channel}`,
        async () => published.find(signal => signal.channel === channel),
        {
          timeoutMs: 10_000,
          describe: () => JSON.stringify(published.map(s => s.channel)),
        },
      );
      const changed = await request(backend.server)
        .get(path)
        .set('If-None-Match', etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect(changed.body.routes[0].hostnames).toEqual([
        'web.live.example',
        'new.live.example',
      ]);
    } finally {
      await backend.stop();
    }
  });
});
