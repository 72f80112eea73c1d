import { ConfigReader } from '@backstage/config';
import { createGkeClusterLocator, GkeClusterLister } from './gkeClusterLocator';

const source = 'kubernetes.clusterLocatorMethods[2] (gke)';

const gkeCluster = (name: string, more: object = {}) => ({
  name,
  endpoint: `34.1.2.${name.length}`,
  masterAuth: { clusterCaCertificate: `${name}-ca` },
  resourceLabels: { env: 'prod' },
  controlPlaneEndpointsConfig: {
    dnsEndpointConfig: { endpoint: `gke-${name}.example.goog` },
  },
  ...more,
});

type ListResponse = Awaited<ReturnType<GkeClusterLister['listClusters']>>;

function lister(...clusters: object[]) {
  return {
    listClusters: jest.fn(
      async (_request: { parent: string }) => [{ clusters }] as ListResponse,
    ),
  };
}

const locator = (options: object, client: GkeClusterLister) =>
  createGkeClusterLocator({
    locator: new ConfigReader({ type: 'gke', ...options }),
    source,
    client,
  });

describe('createGkeClusterLocator', () => {
  it("lists a project's clusters in every region, with their CA certificate and the google provider", async () => {
    const client = lister(gkeCluster('blue'));
    const gke = locator({ projectId: 'shop' }, client);
    expect(gke.dynamic).toBe(true);
    await expect(gke.locate()).resolves.toEqual([
      {
        name: 'blue',
        details: {
          name: 'blue',
          url: 'https://34.1.2.4',
          authMetadata: { 'kubernetes.io/auth-provider': 'google' },
          caData: 'blue-ca',
          skipTLSVerify: false,
          skipMetricsLookup: false,
        },
      },
    ]);
    expect(client.listClusters).toHaveBeenCalledWith({
      parent: 'projects/shop/locations/-',
    });
  });

  it('applies region, matchingResourceLabels, endpointType dns, googleServiceAccount and skipTLSVerify', async () => {
    const client = lister(
      gkeCluster('blue'),
      gkeCluster('green', { resourceLabels: { env: 'dev' } }),
      gkeCluster('red', { resourceLabels: undefined }),
      gkeCluster('nodns', { controlPlaneEndpointsConfig: undefined }),
    );
    const found = await locator(
      {
        projectId: 'shop',
        region: 'europe-west1',
        matchingResourceLabels: [{ key: 'env', value: 'prod' }],
        endpointType: 'dns',
        authProvider: 'googleServiceAccount',
        skipTLSVerify: true,
      },
      client,
    ).locate();
    expect(client.listClusters).toHaveBeenCalledWith({
      parent: 'projects/shop/locations/europe-west1',
    });
    expect(found.map(cluster => [cluster.name, cluster.details?.url])).toEqual([
      ['blue', 'https://gke-blue.example.goog'],
      ['nodns', 'https://34.1.2.5'],
    ]);
    expect(found[0].details).toMatchObject({
      authMetadata: { 'kubernetes.io/auth-provider': 'googleServiceAccount' },
      skipTLSVerify: true,
    });
  });

  it('makes a problem entry of a cluster GKE gives without an endpoint', async () => {
    await expect(
      locator(
        { projectId: 'shop' },
        lister(gkeCluster('booting', { endpoint: '' })),
      ).locate(),
    ).resolves.toEqual([
      {
        name: 'booting',
        problem: `${source}: GKE gives cluster booting no endpoint`,
      },
    ]);
  });

  it('names the project and region, and what to check, when listing fails, keeping what it found last', async () => {
    const client: jest.Mocked<GkeClusterLister> = {
      listClusters: jest
        .fn()
        .mockResolvedValueOnce([{ clusters: [gkeCluster('blue')] }])
        .mockRejectedValueOnce(
          new Error(
            '7 PERMISSION_DENIED: Kubernetes Engine API has not been used in project shop',
          ),
        ),
    };
    const gke = locator({ projectId: 'shop', region: 'us-east1' }, client);
    await gke.locate();
    await expect(gke.locate()).resolves.toEqual([
      { name: 'blue', details: expect.objectContaining({ name: 'blue' }) },
      {
        name: source,
        problem: `${source}: listing GKE clusters of projectId shop, region us-east1 failed: 7 PERMISSION_DENIED: Kubernetes Engine API has not been used in project shop; check that the backend has Google credentials (Application Default Credentials, GOOGLE_APPLICATION_CREDENTIALS) allowed to list clusters of the project (roles/container.clusterViewer), and that the Kubernetes Engine API is enabled for it`,
      },
    ]);
  });

  it('refuses a configuration without projectId or with an unknown endpointType', () => {
    const client = lister();
    expect(() => locator({}, client)).toThrow(/projectId/);
    expect(() =>
      locator({ projectId: 'shop', endpointType: 'private' }, client),
    ).toThrow('endpointType "private" is not one of public, dns');
  });
});
