import type { Server } from 'http';
import request from 'supertest';
import type { Entity } from '@backstage/catalog-model';
import type {
  ClusterStatus,
  EntityRoutesResponse,
  GatewaysResponse,
} from '@portway/plugin-routing-common';
import {
  FaultyApiServer,
  startFaultyApiServer,
} from './clusters/live/__testUtils__/faultyApiServer';
import { startRoutingTestBackend } from './__testUtils__/startRoutingTestBackend';

function clusterResource(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'kubernetes.io/api-server-certificate-authority': 'Q0E=',
        'kubernetes.io/auth-provider': 'google',
        ...annotations,
      },
    },
    spec: { type: 'kubernetes-cluster', owner: 'team-platform' },
  };
}

const storefrontRoute = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: {
    name: 'storefront-live',
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: {
    parentRefs: [{ name: 'edge', namespace: 'infra' }],
    hostnames: ['live.shop.example.com'],
  },
};

const edgeGateway = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'edge', namespace: 'infra' },
  spec: {
    gatewayClassName: 'eg',
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
  },
};

/** Every cluster the backend is configured with, in the order it serves them. */
const expectedClusters = [
  'demo',
  'live',
  'eks',
  'gke-user',
  'okta',
  'aks',
  'rancher',
  'no-url',
  'kubernetes.clusterLocatorMethods[1] (rancher)',
  'catalog-good',
  'catalog-token',
  'catalog-private',
  'kubernetes.clusterLocatorMethods[3] (gke)',
];

describe('a backend whose clusters are a mix of good and bad ones', () => {
  const saved = { ...process.env };
  let live: FaultyApiServer;
  let catalogCluster: FaultyApiServer;
  let server: Server;

  beforeAll(async () => {
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('AWS_')) delete process.env[key];
    }
    // Nothing on this machine may answer for AWS: no files, no instance metadata.
    process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config';
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials';
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    live = await startFaultyApiServer();
    live.put('httpRoute', storefrontRoute);
    live.put('gateway', edgeGateway);
    catalogCluster = await startFaultyApiServer();

    const url = 'https://cluster.example.com';
    server = await startRoutingTestBackend({
      routing: {
        clusterAuth: [
          {
            cluster: 'catalog-good',
            authProvider: 'serviceAccount',
            serviceAccountToken: catalogCluster.token,
          },
        ],
      },
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                {
                  name: 'live',
                  url: live.url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: live.token,
                },
                { name: 'eks', url, authProvider: 'aws' },
                { name: 'gke-user', url, authProvider: 'google' },
                {
                  name: 'okta',
                  url,
                  authProvider: 'oidc',
                  oidcTokenProvider: 'okta',
                },
                { name: 'aks', url, authProvider: 'aks' },
                { name: 'rancher', url, authProvider: 'rancherToken' },
                {
                  name: 'no-url',
                  authProvider: 'serviceAccount',
                  serviceAccountToken: 'token',
                },
              ],
            },
            { type: 'rancher' },
            { type: 'catalog', dangerouslyAllowClusterUrls: ['127.0.0.1'] },
            { type: 'gke' },
          ],
        },
      },
      entities: [
        clusterResource('catalog-good', {
          'kubernetes.io/api-server': catalogCluster.url,
        }),
        clusterResource('catalog-token', {
          'kubernetes.io/api-server': url,
          'kubernetes.io/auth-provider': 'serviceAccount',
        }),
        clusterResource('catalog-private', {
          'kubernetes.io/api-server': 'https://10.1.2.3',
        }),
      ],
    });
  });

  afterAll(async () => {
    process.env = { ...saved };
    await live.close();
    await catalogCluster.close();
  });

  /**
   * The answer at `path` once every configured cluster is served and none is syncing, or the
   * last answer after a few seconds, for the expectations to show what is missing.
   */
  async function settled<T extends { clusters: ClusterStatus[] }>(
    path: string,
  ): Promise<{ status: number; body: T }> {
    const deadline = Date.now() + 4000;
    for (;;) {
      const response = await request(server).get(path);
      const clusters: ClusterStatus[] = response.body.clusters ?? [];
      const served = clusters.map(cluster => cluster.name);
      const settledNow =
        expectedClusters.every(name => served.includes(name)) &&
        clusters.every(cluster => cluster.state !== 'syncing');
      if (settledNow || Date.now() > deadline) {
        return { status: response.status, body: response.body };
      }
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }

  const byName = (clusters: ClusterStatus[]) =>
    Object.fromEntries(clusters.map(cluster => [cluster.name, cluster]));

  it('answers the entity routes from the working clusters, and names each bad one in clusters with what to configure', async () => {
    const { status, body } = await settled<EntityRoutesResponse>(
      '/api/routing/entities/default/component/storefront/routes',
    );

    expect(status).toBe(200);
    expect(body.clusters.map(cluster => cluster.name)).toEqual(
      expectedClusters,
    );
    expect(
      body.routes
        .filter(route => route.cluster !== 'demo')
        .map(route => [route.cluster, route.name]),
    ).toEqual([['live', 'storefront-live']]);

    const clusters = byName(body.clusters);
    for (const name of ['demo', 'live', 'catalog-good']) {
      expect([name, clusters[name].state]).toEqual([name, 'ok']);
    }
    const errors = Object.fromEntries(
      body.clusters
        .filter(cluster => cluster.state === 'error')
        .map(cluster => [cluster.name, cluster.message]),
    );
    expect(Object.keys(errors)).toEqual(
      expectedClusters.filter(
        name => !['demo', 'live', 'catalog-good'].includes(name),
      ),
    );
    expect(errors).toEqual({
      eks: expect.stringMatching(
        /authProvider "aws".*give the backend AWS credentials/,
      ),
      'gke-user': expect.stringMatching(
        /authProvider "google" signs with the signed-in user's token.*add a routing.clusterAuth entry/,
      ),
      okta: expect.stringMatching(
        /authProvider "oidc" .*add a routing.clusterAuth entry/,
      ),
      aks: expect.stringMatching(
        /authProvider "aks" .*add a routing.clusterAuth entry/,
      ),
      rancher: expect.stringMatching(
        /authProvider "rancherToken" is unknown; Portway knows .*serviceAccount/,
      ),
      'no-url': expect.stringContaining('clusters[6] (no-url): url: must be'),
      'kubernetes.clusterLocatorMethods[1] (rancher)': expect.stringMatching(
        /unknown cluster locator type "rancher"; Portway knows config, localKubectlProxy, catalog, gke/,
      ),
      'catalog-token': expect.stringContaining(
        'does not accept the serviceAccount auth provider',
      ),
      'catalog-private': expect.stringContaining('dangerouslyAllowClusterUrls'),
      'kubernetes.clusterLocatorMethods[3] (gke)': expect.stringContaining(
        "'kubernetes.clusterLocatorMethods[3].projectId'",
      ),
    });
  });

  it('answers the gateways of the working clusters with the same clusters', async () => {
    const { status, body } = await settled<GatewaysResponse>(
      '/api/routing/gateways',
    );

    expect(status).toBe(200);
    expect(body.clusters.map(cluster => cluster.name)).toEqual(
      expectedClusters,
    );
    expect(
      body.gateways
        .filter(gateway => gateway.cluster !== 'demo')
        .map(gateway => [gateway.cluster, gateway.name]),
    ).toEqual([['live', 'edge']]);
  });
});
