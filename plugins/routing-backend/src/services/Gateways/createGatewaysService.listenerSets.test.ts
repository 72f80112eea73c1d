import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import { createGatewaysService } from './createGatewaysService';

const GW = 'gateway.networking.k8s.io/v1';

const objects: KubernetesObject[] = [
  {
    apiVersion: GW,
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'shop' },
    spec: {
      gatewayClassName: 'istio',
      allowedListeners: { namespaces: { from: 'Same' } },
      listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
    },
  },
  {
    apiVersion: GW,
    kind: 'ListenerSet',
    metadata: { name: 'storefront-listeners', namespace: 'shop' },
    spec: {
      parentRef: { name: 'public' },
      listeners: [{ name: 'db', port: 5432, protocol: 'TCP' }],
    },
  },
  {
    apiVersion: GW,
    kind: 'TCPRoute',
    metadata: {
      name: 'storefront-db',
      namespace: 'shop',
      labels: { 'backstage.io/kubernetes-id': 'storefront' },
    },
    spec: {
      parentRefs: [
        {
          group: GW.split('/')[0],
          kind: 'ListenerSet',
          name: 'storefront-listeners',
        },
      ],
    },
  },
];

describe('createGatewaysService with ListenerSets', () => {
  it("fills in the entities owning the routes on a ListenerSet's listeners", async () => {
    const service = createGatewaysService({
      clusters: clusterCachesOf(clusterWith('prod', objects)),
      catalog: catalogServiceMock({
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
      }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      now: () => SYNCED_AT,
    });

    const answer = await service.getGateways({
      credentials: mockCredentials.user(),
    });

    const [listenerSet] = answer.gateways[0].listenerSets!;
    expect(listenerSet.name).toBe('storefront-listeners');
    expect(listenerSet.listeners[0].routes).toEqual([
      expect.objectContaining({
        kind: 'TCPRoute',
        name: 'storefront-db',
        accepted: true,
        entityRefs: ['component:default/storefront'],
      }),
    ]);
  });
});
