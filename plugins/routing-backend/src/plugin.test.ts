import path from 'path';
import request from 'supertest';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { routingPlugin } from './plugin';

const demoCluster = path.resolve(__dirname, '../../../examples/cluster');

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-shop', lifecycle: 'production' },
  };
}

const entities = [
  component('storefront', { 'backstage.io/kubernetes-id': 'storefront' }),
  component('checkout', { 'backstage.io/kubernetes-id': 'checkout' }),
  component('payments', {
    'backstage.io/kubernetes-label-selector': 'app.kubernetes.io/name=payments',
  }),
  component('broken-selector', {
    'backstage.io/kubernetes-label-selector': 'app in (',
  }),
];

async function startBackend(options: {
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  clusters?: object;
}) {
  const { server } = await startTestBackend({
    features: [
      routingPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.rootConfig.factory({
        data: {
          routing: {
            snapshotClusters: [{ name: 'demo', directory: demoCluster }],
            sync: { requestTimeoutMs: 500, backoffInitialMs: 20 },
          },
          ...options.clusters,
        },
      }),
    ],
  });
  return server;
}

describe('GET /api/routing/entities/:namespace/:kind/:name/routes', () => {
  it('returns the routes labelled for the entity with URLs, parents and summary', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/storefront/routes',
    );
    expect(response.status).toBe(200);
    const body = response.body as EntityRoutesResponse;
    expect(body.clusters).toEqual([
      { name: 'demo', state: 'ok', lastSyncedAt: expect.any(String) },
    ]);
    const byName = Object.fromEntries(body.routes.map(r => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual([
      'storefront',
      'storefront-legacy-domain',
    ]);
    expect(byName.storefront).toMatchObject({
      cluster: 'demo',
      kind: 'HTTPRoute',
      namespace: 'shop',
      hostnames: ['storefront.shop.example.com', 'www.shop.example.com'],
      urls: [
        'https://storefront.shop.example.com/',
        'https://www.shop.example.com/',
      ],
      summary: 'ready',
      matchedBy: 'label',
      backends: [
        { kind: 'Service', namespace: 'shop', name: 'storefront', port: 8080 },
      ],
    });
    expect(byName.storefront.parents[0]).toMatchObject({
      ref: { namespace: 'infra', name: 'public', sectionName: 'https' },
      listeners: [
        {
          name: 'https',
          hostname: '*.shop.example.com',
          port: 443,
          protocol: 'HTTPS',
        },
      ],
    });
    expect(byName.storefront.parents[0].conditions).toContainEqual(
      expect.objectContaining({
        type: 'Accepted',
        status: 'True',
        reason: 'Accepted',
      }),
    );
    expect(byName['storefront-legacy-domain']).toMatchObject({
      summary: 'failed',
      urls: [],
    });
  });

  it('finds unlabelled routes through backendRefs to the entity Services', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/checkout/routes',
    );
    expect(response.status).toBe(200);
    expect(response.body.routes).toEqual([
      expect.objectContaining({
        name: 'checkout-api',
        matchedBy: 'backend',
        summary: 'degraded',
        urls: [
          'https://checkout.shop.example.com/api',
          'https://checkout.shop.example.com/cart',
        ],
      }),
    ]);
  });

  it('selects objects with the label selector annotation, predicting conditions no controller wrote', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/payments/routes',
    );
    expect(response.body.routes).toEqual([
      expect.objectContaining({
        kind: 'GRPCRoute',
        name: 'payments',
        summary: 'pending',
      }),
    ]);
    // The https listener only admits namespaces labelled gateway-access=public, as shop is.
    expect(response.body.routes[0].parents[0]).toMatchObject({
      conditionsFrom: 'analysis',
      conditions: [
        { type: 'Accepted', status: 'True', reason: 'Accepted' },
        { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs' },
      ],
    });
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/nope/routes',
    );
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('component:default/nope');
  });

  it('answers 400 naming the part of a malformed entity ref', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/Not%20Valid!/routes',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(
      /name "Not Valid!" is not a valid entity name/,
    );
  });

  it('answers 400 for an entity whose label selector annotation is broken', async () => {
    const server = await startBackend({});
    const response = await request(server).get(
      '/api/routing/entities/default/component/broken-selector/routes',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      'backstage.io/kubernetes-label-selector',
    );
  });

  it('answers 403 when the permission policy denies routing.entity.read', async () => {
    const server = await startBackend({ permission: AuthorizeResult.DENY });
    const response = await request(server).get(
      '/api/routing/entities/default/component/storefront/routes',
    );
    expect(response.status).toBe(403);
  });

  it('reports an unreachable cluster without failing the answer', async () => {
    const server = await startBackend({
      clusters: {
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                {
                  name: 'unreachable',
                  url: 'http://127.0.0.1:9',
                  authProvider: 'serviceAccount',
                  serviceAccountToken: 'token',
                  skipTLSVerify: true,
                },
              ],
            },
          ],
        },
      },
    });
    const answer = async () => {
      const response = await request(server).get(
        '/api/routing/entities/default/component/storefront/routes',
      );
      expect(response.status).toBe(200);
      return response.body as EntityRoutesResponse;
    };
    // While the first discovery is under way, the cluster is syncing.
    let body = await answer();
    while (body.clusters[1].state === 'syncing') body = await answer();
    expect(body.routes).toHaveLength(2);
    expect(body.clusters).toEqual([
      expect.objectContaining({ name: 'demo', state: 'ok' }),
      expect.objectContaining({
        name: 'unreachable',
        state: 'error',
        message: expect.any(String),
      }),
    ]);
  });
});

describe('GET /api/routing/gateways', () => {
  it('lists Gateways with their listeners and attached routes', async () => {
    const server = await startBackend({});
    const response = await request(server).get('/api/routing/gateways');
    expect(response.status).toBe(200);
    expect(response.body.gateways).toEqual([
      expect.objectContaining({
        cluster: 'demo',
        namespace: 'infra',
        name: 'public',
        listeners: [
          expect.objectContaining({
            name: 'http',
            port: 80,
            protocol: 'HTTP',
            attachedRoutes: 0,
          }),
          expect.objectContaining({
            name: 'https',
            hostname: '*.shop.example.com',
            port: 443,
            protocol: 'HTTPS',
            attachedRoutes: 2,
          }),
        ],
      }),
    ]);
  });
});

describe('POST /api/routing/exposure/preflight', () => {
  const valid = { ...storefrontExposureRequest, cluster: 'demo' };

  it('renders the HTTPRoute and kustomization for a valid request', async () => {
    const server = await startBackend({});
    const response = await request(server)
      .post('/api/routing/exposure/preflight')
      .send(valid);
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
    expect(response.body.files.map((f: { path: string }) => f.path)).toEqual([
      'clusters/demo/shop/storefront/httproute-storefront.yaml',
      'clusters/demo/shop/storefront/kustomization.yaml',
    ]);
  });

  it('returns error findings naming the field for invalid values', async () => {
    const server = await startBackend({});
    const response = await request(server)
      .post('/api/routing/exposure/preflight')
      .send({
        ...valid,
        hostnames: ['Bad_Host'],
        service: { name: 'storefront', port: 70000 },
      });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.files).toEqual([]);
    expect(response.body.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'InvalidHostname',
          field: 'hostnames[0]',
        }),
        expect.objectContaining({ code: 'InvalidPort', field: 'service.port' }),
      ]),
    );
  });

  it('answers 400 with the field named for a malformed body', async () => {
    const server = await startBackend({});
    const response = await request(server)
      .post('/api/routing/exposure/preflight')
      .send({ ...valid, service: { name: 'storefront', port: 'http' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('service.port');
  });
});
