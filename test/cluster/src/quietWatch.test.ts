import { RoutingBackend, startRoutingBackend } from './routingBackend';
import { createHttpRoute, writeEntityObjects } from './routingObjects';
import {
  clients,
  clusterEntryFor,
  kubernetesConfigForClusters,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

const CLUSTER = 'quiet';

/**
 * A watch the API server closes when its `timeoutSeconds` are up, with nothing to report (no
 * change, and no bookmark: etcd 3.4 sends no progress notifications, so kube-apiserver-lite
 * sends no bookmarks for a quiet kind), is not a failure: the next change must still show
 * within a second. Here every watch lasts one second and a failure would be retried after
 * 5-10 s (`backoffInitialMs: 10000`), so a change made after the first quiet watch ended
 * shows late if a quiet watch is retried like a failure.
 */
describe('a kind that stays quiet through watch timeouts', () => {
  const kubeConfig = testKubeConfig();
  const api = clients(kubeConfig);
  const namespace = uniqueNamespace('quiet');
  let backend: RoutingBackend | undefined;

  beforeAll(async () => {
    await writeEntityObjects(api, { namespace, kubernetesId: namespace });
    backend = await startRoutingBackend({
      entityName: namespace,
      kubernetesId: namespace,
      config: {
        ...kubernetesConfigForClusters([clusterEntryFor(kubeConfig, CLUSTER)]),
        routing: {
          sync: {
            watchTimeoutSeconds: 1,
            backoffInitialMs: 10_000,
            backoffMaxMs: 10_000,
          },
        },
      },
    });
    await backend.waitForClusterState(CLUSTER, 'ok', 20_000);
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
    await api.core.deleteNamespace({ name: namespace });
  });

  it('shows an HTTPRoute created after a quiet watch timed out within a second', async () => {
    // Every watch opened when the cluster turned ok has timed out by now.
    await new Promise(resolve => setTimeout(resolve, 2500));
    await createHttpRoute(api.custom, namespace, 'late', ['late.example.com']);

    const { value } = await waitFor(
      'the HTTPRoute in the answer',
      async () => {
        const answer = await backend!.entityRoutes();
        return answer.routes.some(r => r.name === 'late') ? answer : undefined;
      },
      { timeoutMs: 1000, intervalMs: 25 },
    );
    expect(value.routes.map(r => r.name)).toEqual(['late']);
  });
});
