import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import type { ClusterCache } from '../../clusters/cache/types';
import { createClusterCaches } from '../../clusters/clusterCaches';
import { createGatewaysService } from './createGatewaysService';

const publicGateway: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'shop' },
  spec: {
    gatewayClassName: 'istio',
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
  },
};

const storefront: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: {
    name: 'storefront',
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: { parentRefs: [{ name: 'public' }] },
};

const catalog = catalogServiceMock({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'storefront',
        annotations: { 'backstage.io/kubernetes-id': 'storefront' },
      },
    },
  ],
});

function serviceFor(clusters: ClusterCache[]) {
  return createGatewaysService({
    clusters: clusterCachesOf(...clusters),
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    now: () => SYNCED_AT,
  });
}

describe('createGatewaysService', () => {
  it('lists every Gateway with the entities owning its routes, and reports each cluster', async () => {
    const broken = clusterWith('broken', [publicGateway], () => ({
      state: 'failing',
      message: 'cluster unreachable: connect ECONNREFUSED',
    }));
    const answer = await serviceFor([
      clusterWith('prod', [publicGateway, storefront]),
      broken,
    ]).getGateways({ credentials: mockCredentials.user() });
    expect(answer.gateways.map(g => `${g.cluster}/${g.name}`)).toEqual([
      'prod/public',
    ]);
    expect(answer.gateways[0].listeners[0].routes).toEqual([
      expect.objectContaining({
        name: 'storefront',
        accepted: true,
        entityRefs: ['component:default/storefront'],
      }),
    ]);
    expect(answer.clusters.map(c => [c.name, c.state])).toEqual([
      ['prod', 'ok'],
      ['broken', 'error'],
    ]);
  });

  it("asks the catalog with the plugin's own credentials when the caller gives none", async () => {
    const getEntities = jest.spyOn(catalog, 'getEntities');
    await serviceFor([
      clusterWith('prod', [publicGateway, storefront]),
    ]).getGateways();
    expect(getEntities).toHaveBeenLastCalledWith(expect.anything(), {
      credentials: mockCredentials.service('plugin:test'),
    });
  });

  it('analyses a cluster once per version of its cache', async () => {
    const cache = clusterWith('prod', [publicGateway, storefront]);
    const routesOnGateway = jest.spyOn(cache, 'routesOnGateway');
    const service = serviceFor([cache]);
    await service.getGateways();
    await service.getGateways();
    expect(routesOnGateway).toHaveBeenCalledTimes(1);

    cache.apply('httpRoute', 'DELETED', storefront);
    const answer = await service.getGateways();
    expect(routesOnGateway).toHaveBeenCalledTimes(2);
    expect(answer.gateways[0].listeners[0].routes).toEqual([]);
  });

  it('analyses the new cache of a cluster started again, though its version is the old one', async () => {
    const clusters = createClusterCaches();
    const service = createGatewaysService({
      clusters,
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      now: () => SYNCED_AT,
    });
    const before = clusterWith('prod', [publicGateway, storefront]);
    const after = clusterWith('prod', [
      { ...publicGateway, metadata: { name: 'edge', namespace: 'shop' } },
      storefront,
    ]);
    expect(after.version).toBe(before.version);

    clusters.set([before]);
    await service.getGateways();
    clusters.set([after]);
    const answer = await service.getGateways();

    expect(answer.gateways.map(gateway => gateway.name)).toEqual(['edge']);
  });
});
