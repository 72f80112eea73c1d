import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { ApiServerProxy, startApiServerProxy } from './apiServerProxy';
import { RoutingBackend, startRoutingBackend } from './routingBackend';
import {
  createHttpRoute,
  deleteHttpRoute,
  setHttpRouteHostnames,
  writeEntityObjects,
} from './routingObjects';
import {
  clients,
  kubernetesConfigForClusters,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

const CLUSTER = 'watched';
const PAGED_ROUTES = [
  'paged-1',
  'paged-2',
  'paged-3',
  'paged-4',
  'paged-5',
  'paged-6',
];

/**
 * The freshness contract: a change in the cluster is in the next answer within a second. Polls
 * every 25 ms from the moment the API server acknowledged the change.
 */
async function withinASecond(
  backend: RoutingBackend,
  what: string,
  seen: (answer: EntityRoutesResponse) => boolean,
) {
  let last: EntityRoutesResponse | undefined;
  return waitFor(
    what,
    async () => {
      last = await backend.entityRoutes();
      return seen(last) ? last : undefined;
    },
    {
      timeoutMs: 1000,
      intervalMs: 25,
      describe: () =>
        `Last answer: ${JSON.stringify({
          clusters: last?.clusters,
          routes: last?.routes.map(r => `${r.name} ${r.hostnames}`),
        })}`,
    },
  );
}

const routeNamed = (answer: EntityRoutesResponse, name: string) =>
  answer.routes.find(r => r.cluster === CLUSTER && r.name === name);

describe('the watch cache of a live cluster', () => {
  const kubeConfig = testKubeConfig();
  const api = clients(kubeConfig);
  const namespace = uniqueNamespace('watch');
  let proxy: ApiServerProxy | undefined;
  let backend: RoutingBackend;

  beforeAll(async () => {
    await writeEntityObjects(api, { namespace, kubernetesId: namespace });
    for (const name of PAGED_ROUTES) {
      await createHttpRoute(api.custom, namespace, name, [
        `${name}.example.com`,
      ]);
    }
    // Only to see the requests the plugin makes; it forwards everything unchanged.
    proxy = await startApiServerProxy(() => kubeConfig);
    backend = await startRoutingBackend({
      entityName: namespace,
      kubernetesId: namespace,
      config: {
        ...kubernetesConfigForClusters([
          {
            name: CLUSTER,
            url: proxy.url,
            authProvider: 'serviceAccount',
            serviceAccountToken: 'set-by-the-proxy',
            skipTLSVerify: true,
          },
        ]),
        routing: { sync: { pageSize: 2 } },
      },
    });
    await backend.waitForClusterState(CLUSTER, 'ok', 20_000);
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
    await proxy?.close();
    await api.core.deleteNamespace({ name: namespace });
  });

  it('lists every HTTPRoute when routing.sync.pageSize makes the list take several pages', async () => {
    const answer = await backend.entityRoutes();

    expect(
      answer.routes
        .filter(r => r.cluster === CLUSTER && r.name.startsWith('paged-'))
        .map(r => r.name)
        .sort(),
    ).toEqual(PAGED_ROUTES);
    const httpRouteLists = proxy!.requests.filter(
      r =>
        r.method === 'GET' &&
        /^\/apis\/gateway\.networking\.k8s\.io\/v1\/httproutes(\?|$)/.test(
          r.path,
        ) &&
        !/[?&]watch=(true|1)/.test(r.path),
    );
    expect(httpRouteLists.length).toBeGreaterThanOrEqual(3);
    expect(httpRouteLists.every(r => /[?&]limit=2(&|$)/.test(r.path))).toBe(
      true,
    );
    expect(httpRouteLists.some(r => /[?&]continue=/.test(r.path))).toBe(true);
  });

  it('shows a created HTTPRoute within a second', async () => {
    await createHttpRoute(api.custom, namespace, 'created', [
      'created.example.com',
    ]);

    const { value } = await withinASecond(
      backend,
      'the created HTTPRoute in the answer',
      answer => routeNamed(answer, 'created') !== undefined,
    );

    expect(routeNamed(value, 'created')).toMatchObject({
      namespace,
      hostnames: ['created.example.com'],
      matchedBy: 'backend',
    });
  });

  it('shows a changed hostname within a second', async () => {
    await createHttpRoute(api.custom, namespace, 'changed', [
      'before.example.com',
    ]);
    await waitFor(
      'the HTTPRoute before the change',
      async () =>
        routeNamed(await backend.entityRoutes(), 'changed') ? true : undefined,
      { timeoutMs: 10_000 },
    );

    await setHttpRouteHostnames(api.custom, namespace, 'changed', [
      'after.example.com',
    ]);

    const { value } = await withinASecond(
      backend,
      'the new hostname in the answer',
      answer =>
        routeNamed(answer, 'changed')?.hostnames.includes(
          'after.example.com',
        ) === true,
    );
    expect(routeNamed(value, 'changed')?.hostnames).toEqual([
      'after.example.com',
    ]);
  });

  it('drops a deleted HTTPRoute within a second', async () => {
    await createHttpRoute(api.custom, namespace, 'deleted', [
      'deleted.example.com',
    ]);
    await waitFor(
      'the HTTPRoute before the delete',
      async () =>
        routeNamed(await backend.entityRoutes(), 'deleted') ? true : undefined,
      { timeoutMs: 10_000 },
    );

    await deleteHttpRoute(api.custom, namespace, 'deleted');

    const { value } = await withinASecond(
      backend,
      'the deleted HTTPRoute to leave the answer',
      answer => routeNamed(answer, 'deleted') === undefined,
    );
    expect(value.routes.map(r => r.name)).toContain('paged-1');
  });
});
