import { startRoutingBackend } from './routingBackend';
import {
  clients,
  kubernetesConfigFor,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';

const GATEWAY_API = { group: 'gateway.networking.k8s.io', version: 'v1' };

describe('routes read from a real API server', () => {
  const kubeConfig = testKubeConfig();
  const { core, custom } = clients(kubeConfig);
  const infra = uniqueNamespace('infra');
  const shop = uniqueNamespace('shop');

  beforeAll(async () => {
    for (const name of [infra, shop]) {
      await core.createNamespace({ body: { metadata: { name } } });
    }
    await core.createNamespacedService({
      namespace: shop,
      body: {
        metadata: {
          name: 'storefront',
          labels: { 'backstage.io/kubernetes-id': 'storefront' },
        },
        spec: { ports: [{ port: 8080 }] },
      },
    });
    await custom.createNamespacedCustomObject({
      ...GATEWAY_API,
      namespace: infra,
      plural: 'gateways',
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
        metadata: { name: 'public', namespace: infra },
        spec: {
          gatewayClassName: 'istio',
          listeners: [
            {
              name: 'https',
              protocol: 'HTTPS',
              port: 443,
              hostname: '*.shop.example.com',
              tls: {
                mode: 'Terminate',
                certificateRefs: [{ name: 'shop-tls' }],
              },
              allowedRoutes: { namespaces: { from: 'All' } },
            },
          ],
        },
      },
    });
    // An unlabelled route: the entity finds it through the Service it points at.
    const route = await custom.createNamespacedCustomObject({
      ...GATEWAY_API,
      namespace: shop,
      plural: 'httproutes',
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'storefront', namespace: shop },
        spec: {
          parentRefs: [
            { name: 'public', namespace: infra, sectionName: 'https' },
          ],
          hostnames: ['storefront.shop.example.com'],
          rules: [{ backendRefs: [{ name: 'storefront', port: 8080 }] }],
        },
      },
    });
    // No controller runs here: write the status a Gateway controller would.
    const condition = (type: string) => ({
      type,
      status: 'True',
      reason: type,
      message: 'set by the test',
      observedGeneration: route.metadata.generation,
      lastTransitionTime: new Date().toISOString(),
    });
    await custom.replaceNamespacedCustomObjectStatus({
      ...GATEWAY_API,
      namespace: shop,
      plural: 'httproutes',
      name: 'storefront',
      body: {
        ...route,
        status: {
          parents: [
            {
              parentRef: {
                name: 'public',
                namespace: infra,
                sectionName: 'https',
              },
              controllerName: 'example.com/gateway-controller',
              conditions: [condition('Accepted'), condition('ResolvedRefs')],
            },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    for (const name of [infra, shop]) {
      await core.deleteNamespace({ name });
    }
  });

  it('serves the HTTPRoute with its status through /api/routing/entities/...', async () => {
    const backend = await startRoutingBackend({
      config: kubernetesConfigFor(kubeConfig, 'test-cluster'),
      entityName: 'storefront',
      kubernetesId: 'storefront',
    });
    // The plugin lists the cluster in the background: the first answers may say `syncing`.
    const body = await backend
      .waitForClusterState('test-cluster', 'ok', 20_000)
      .finally(() => backend.stop());

    expect(body.clusters).toEqual([
      { name: 'test-cluster', state: 'ok', lastSyncedAt: expect.any(String) },
    ]);
    expect(body.routes).toEqual([
      expect.objectContaining({
        cluster: 'test-cluster',
        kind: 'HTTPRoute',
        namespace: shop,
        name: 'storefront',
        matchedBy: 'backend',
        urls: ['https://storefront.shop.example.com/'],
        summary: 'ready',
      }),
    ]);
    expect(
      body.routes[0].parents[0].conditions.map(c => `${c.type}=${c.status}`),
    ).toEqual(['Accepted=True', 'ResolvedRefs=True']);
  });
});
