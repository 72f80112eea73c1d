import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ClusterReader } from '../../clusters/types';
import type { ResourceKind } from '../../clusters/resourceKinds';
import { createEntityRoutesService } from './createEntityRoutesService';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shop',
    annotations: { 'backstage.io/kubernetes-id': 'shop' },
  },
};

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

function clusterWith(name: string, objects: KubernetesObject[]): ClusterReader {
  return {
    name,
    list: async (kind: ResourceKind) =>
      objects.filter(o => o.kind === kind.kind),
  };
}

const hungCluster: ClusterReader = {
  name: 'hung',
  list: () => new Promise(() => {}),
};

const failingCluster: ClusterReader = {
  name: 'broken',
  list: async () => {
    throw new Error('Unauthorized');
  },
};

describe('createEntityRoutesService', () => {
  it('answers from the healthy clusters and reports a hung one as an error after its timeout', async () => {
    const service = createEntityRoutesService({
      clusters: [clusterWith('good', [route]), hungCluster, failingCluster],
      logger: mockServices.logger.mock(),
      clusterTimeoutMs: 50,
    });

    const answer = await service.getEntityRoutes(entity);

    expect(answer.routes.map(r => `${r.cluster}/${r.name}`)).toEqual([
      'good/shop',
    ]);
    expect(answer.clusters).toEqual([
      { name: 'good', state: 'ok' },
      {
        name: 'hung',
        state: 'error',
        message: 'cluster did not answer within 50 ms',
      },
      { name: 'broken', state: 'error', message: 'Unauthorized' },
    ]);
  });

  it('finds nothing for an entity without Kubernetes annotations', async () => {
    const service = createEntityRoutesService({
      clusters: [clusterWith('good', [route])],
      logger: mockServices.logger.mock(),
      clusterTimeoutMs: 50,
    });

    const answer = await service.getEntityRoutes({
      ...entity,
      metadata: { name: 'other' },
    });

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
        clusters: [clusterWith('good', [route])],
        gitops: { listPendingChanges },
        logger: mockServices.logger.mock(),
        clusterTimeoutMs: 50,
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
});
