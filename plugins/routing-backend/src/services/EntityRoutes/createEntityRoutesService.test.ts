import { mockServices } from '@backstage/backend-test-utils';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ClusterCache } from '../../clusters/cache/types';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import { createEntityRoutesService } from './createEntityRoutesService';
import { kubernetesIdEntity } from '../../__testUtils__/kubernetesIdEntity';

const entity = kubernetesIdEntity('shop');

const route: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: {
    name: 'shop',
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': 'shop' },
  },
  spec: { parentRefs: [{ name: 'public' }], hostnames: ['shop.example.com'] },
};

const NOW = SYNCED_AT;

function serviceFor(clusters: ClusterCache[]) {
  return createEntityRoutesService({
    clusters: clusterCachesOf(...clusters),
    logger: mockServices.logger.mock(),
    now: () => NOW + 90_000,
  });
}

describe('createEntityRoutesService', () => {
  it('answers from every cluster that has data and reports each cluster on its own', async () => {
    const unreachable = clusterWith('unreachable', [], () => ({
      state: 'failing',
      message: 'cluster unreachable: connect ECONNREFUSED',
    }));
    const stale = clusterWith('stale', [route], kind => ({
      state: 'failing',
      lastSyncedAt: NOW,
      message:
        kind === 'httpRoute' ? 'watch failed: 503 Service Unavailable' : 'x',
    }));

    const answer = await serviceFor([
      clusterWith('good', [route]),
      unreachable,
      stale,
    ]).getEntityRoutes(entity);

    expect(answer.routes.map(r => `${r.cluster}/${r.name}`)).toEqual([
      'good/shop',
      'stale/shop',
    ]);
    expect(answer.clusters).toEqual([
      {
        name: 'good',
        state: 'ok',
        lastSyncedAt: '2026-11-27T10:00:00.000Z',
      },
      expect.objectContaining({
        name: 'unreachable',
        state: 'error',
        message: 'cluster unreachable: connect ECONNREFUSED',
      }),
      expect.objectContaining({
        name: 'stale',
        state: 'stale',
        lastSyncedAt: '2026-11-27T10:00:00.000Z',
        message: expect.stringMatching(
          /^serving data last synced 90 s ago: .*503 Service Unavailable/,
        ),
      }),
    ]);
  });

  it('finds routes through the Services labelled for the entity', async () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'shop-api',
        namespace: 'shop',
        labels: { 'backstage.io/kubernetes-id': 'shop' },
      },
    };
    const unlabelled = {
      ...route,
      metadata: { name: 'api', namespace: 'shop' },
      spec: { ...route.spec, rules: [{ backendRefs: [{ name: 'shop-api' }] }] },
    };
    const answer = await serviceFor([
      clusterWith('good', [service, unlabelled]),
    ]).getEntityRoutes(entity);
    expect(answer.routes.map(r => [r.name, r.matchedBy])).toEqual([
      ['api', 'backend'],
    ]);
  });

  it('finds nothing for an entity without Kubernetes annotations', async () => {
    const answer = await serviceFor([
      clusterWith('good', [route]),
    ]).getEntityRoutes({ ...entity, metadata: { name: 'other' } });
    expect(answer.routes).toEqual([]);
  });

  it('adds routes requested for the entity that wait for review, and survives a broken GitOps repository', async () => {
    const requested = {
      ...route,
      metadata: {
        name: 'shop-next',
        namespace: 'shop',
        annotations: { 'portway.dev/entity-ref': 'component:default/shop' },
      },
    };
    const change = {
      branchName: 'portway/expose-shop-shop-next',
      commitSha: 'c0ffee',
      createdAt: '2026-11-27T10:00:00.000Z',
      files: [
        {
          path: 'clusters/good/shop/shop/httproute-shop-next.yaml',
          content: JSON.stringify(requested),
        },
      ],
    };
    const withGitOps = (listPendingChanges: () => Promise<(typeof change)[]>) =>
      createEntityRoutesService({
        clusters: clusterCachesOf(clusterWith('good', [route])),
        gitops: { listPendingChanges },
        logger: mockServices.logger.mock(),
      });

    const answer = await withGitOps(async () => [change]).getEntityRoutes(
      entity,
    );
    expect(answer.routes.map(r => [r.name, r.summary, r.matchedBy])).toEqual([
      ['shop', 'pending', 'label'],
      ['shop-next', 'pending', 'request'],
    ]);

    const broken = await withGitOps(async () => {
      throw new Error('repository is corrupt');
    }).getEntityRoutes(entity);
    expect(broken.routes.map(r => r.name)).toEqual(['shop']);
  });

  it('lists the pending changes once for answers computed at the same time, and again for later ones', async () => {
    const listPendingChanges = jest.fn(async () => []);
    const service = createEntityRoutesService({
      clusters: clusterCachesOf(clusterWith('good', [route])),
      gitops: { listPendingChanges },
      logger: mockServices.logger.mock(),
    });

    await Promise.all([
      service.getEntityRoutes(entity),
      service.getEntityRoutes(entity),
    ]);
    expect(listPendingChanges).toHaveBeenCalledTimes(1);
    await service.getEntityRoutes(entity);
    expect(listPendingChanges).toHaveBeenCalledTimes(2);
  });

  it('counts a route of a pending change as requested in the migration state of a live Ingress', async () => {
    const legacy: KubernetesObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'shop-legacy',
        namespace: 'shop',
        labels: { 'backstage.io/kubernetes-id': 'shop' },
      },
      spec: { rules: [{ host: 'legacy.example.com' }] },
    };
    const migrated = {
      ...route,
      metadata: { name: 'shop-legacy-legacy-example-com', namespace: 'shop' },
      spec: { ...route.spec, hostnames: ['legacy.example.com'] },
    };
    const service = createEntityRoutesService({
      clusters: clusterCachesOf(clusterWith('good', [legacy])),
      gitops: {
        listPendingChanges: async () => [
          {
            branchName: 'portway/migrate-shop-legacy',
            commitSha: 'c0ffee',
            createdAt: '2026-11-27T10:00:00.000Z',
            files: [
              {
                path: 'clusters/good/shop/shop/httproute-shop-legacy.yaml',
                content: JSON.stringify(migrated),
              },
            ],
          },
        ],
      },
      logger: mockServices.logger.mock(),
    });

    const answer = await service.getEntityRoutes(entity);
    const ingress = answer.routes.find(r => r.kind === 'Ingress');
    expect(ingress?.ingress?.migration).toMatchObject({
      state: 'requested',
      message:
        'HTTPRoute shop/shop-legacy-legacy-example-com is in a GitOps change not merged yet',
      hosts: [
        {
          hostname: 'legacy.example.com',
          servedBy: [
            expect.objectContaining({
              name: 'shop-legacy-legacy-example-com',
              pending: true,
              accepted: false,
            }),
          ],
        },
      ],
    });
  });
});
