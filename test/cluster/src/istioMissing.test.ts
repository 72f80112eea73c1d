import {
  ApiServerInstance,
  copyToolWithoutCrds,
  startApiServer,
} from './apiServerInstance';
import {
  clusterStatus,
  RoutingBackend,
  startRoutingBackend,
} from './routingBackend';
import { createHttpRoute, writeEntityObjects } from './routingObjects';
import {
  clients,
  clusterEntryFor,
  kubernetesConfigForClusters,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';

const WITH_ISTIO = 'with-istio';
const WITHOUT_ISTIO = 'without-istio';

describe('a cluster without the Istio CRDs', () => {
  const namespace = uniqueNamespace('no-istio');
  const mainKubeConfig = testKubeConfig();
  let tool: ReturnType<typeof copyToolWithoutCrds> | undefined;
  let instance: ApiServerInstance | undefined;
  let backend: RoutingBackend | undefined;

  beforeAll(async () => {
    // start.sh applies the CRDs of its own folder: a copy of the tool without Istio's.
    tool = copyToolWithoutCrds(/^istio-/);
    instance = await startApiServer({ toolDir: tool.toolDir });
    for (const [kubeConfig, cluster] of [
      [mainKubeConfig, WITH_ISTIO],
      [instance.kubeConfig(), WITHOUT_ISTIO],
    ] as const) {
      const api = clients(kubeConfig);
      await writeEntityObjects(api, { namespace, kubernetesId: namespace });
      await createHttpRoute(api.custom, namespace, 'web', [
        `${cluster}.example.com`,
      ]);
    }
    backend = await startRoutingBackend({
      entityName: namespace,
      kubernetesId: namespace,
      config: kubernetesConfigForClusters([
        clusterEntryFor(mainKubeConfig, WITH_ISTIO),
        clusterEntryFor(instance.kubeConfig(), WITHOUT_ISTIO),
      ]),
    });
    await backend.waitForClusterState(WITHOUT_ISTIO, 'ok', 20_000);
    await backend.waitForClusterState(WITH_ISTIO, 'ok', 20_000);
  }, 180_000);

  afterAll(async () => {
    try {
      await backend?.stop();
      await clients(mainKubeConfig).core.deleteNamespace({ name: namespace });
    } finally {
      await instance?.stop();
      tool?.remove();
    }
  }, 60_000);

  it('says Istio is not installed there, names the three Istio kinds, and still serves its Gateway API routes', async () => {
    const answer = await backend!.entityRoutes();

    const status = clusterStatus(answer, WITHOUT_ISTIO);
    expect(status.state).toBe('ok');
    expect(status.message).toContain(
      `Istio is not installed in cluster ${WITHOUT_ISTIO}`,
    );
    // Gateway API and cert-manager are installed there: only the Istio kinds are missing.
    expect(
      (status.kinds ?? [])
        .filter(kind => kind.state === 'not-installed')
        .map(kind => kind.kind)
        .sort(),
    ).toEqual(['DestinationRule', 'Gateway', 'VirtualService']);
    expect(
      answer.routes
        .filter(r => r.cluster === WITHOUT_ISTIO)
        .map(r => `${r.kind} ${r.name} ${r.hostnames}`),
    ).toEqual([`HTTPRoute web ${WITHOUT_ISTIO}.example.com`]);
  });

  it('says nothing is missing in the cluster that has every CRD', async () => {
    const answer = await backend!.entityRoutes();

    const status = clusterStatus(answer, WITH_ISTIO);
    expect(status.state).toBe('ok');
    expect(status.message ?? '').not.toContain('not installed');
    expect(
      (status.kinds ?? []).filter(kind => kind.state === 'not-installed'),
    ).toEqual([]);
    expect(
      answer.routes
        .filter(r => r.cluster === WITH_ISTIO)
        .map(r => `${r.kind} ${r.name} ${r.hostnames}`),
    ).toEqual([`HTTPRoute web ${WITH_ISTIO}.example.com`]);
  });
});
