import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import {
  startRoutingTestBackend as startBackend,
  unreachableCluster,
  untilSynced,
} from './__testUtils__/startRoutingTestBackend';

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
      'storefront-catalog-grpc',
      'storefront-legacy',
      'storefront-legacy-domain',
    ]);
    expect(byName['storefront-catalog-grpc']).toMatchObject({
      kind: 'VirtualService',
      urls: ['grpc://storefront.shop.svc.cluster.local:9090'],
      virtualService: { gateways: ['mesh'] },
    });
    expect(byName['storefront-legacy']).toMatchObject({
      kind: 'Ingress',
      urls: ['https://storefront.shop.example.com/'],
      ingress: { className: 'nginx', migration: { state: 'complete' } },
    });
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
      expect.objectContaining({
        kind: 'Ingress',
        name: 'checkout-legacy',
        matchedBy: 'label',
        ingress: expect.objectContaining({
          migration: expect.objectContaining({ state: 'not-started' }),
        }),
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
    const server = await startBackend({ config: unreachableCluster });
    // While the first discovery is under way, the cluster is syncing.
    const body = await untilSynced(async () => {
      const response = await request(server).get(
        '/api/routing/entities/default/component/storefront/routes',
      );
      expect(response.status).toBe(200);
      return response.body as EntityRoutesResponse;
    });
    expect(body.routes).toHaveLength(4);
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
  it('answers 403 to a caller without routing.gateways.read', async () => {
    const server = await startBackend({ deny: ['routing.gateways.read'] });
    const response = await request(server).get('/api/routing/gateways');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('routing.gateways.read');
  });

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
          expect.objectContaining({
            name: 'https-platform',
            hostname: '*.platform.example.com',
            attachedRoutes: 0,
          }),
        ],
      }),
    ]);
  });
});
