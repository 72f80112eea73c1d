import type { KubernetesObject } from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterGatewayViews } from './gatewayViews';

const GW = 'gateway.networking.k8s.io/v1';

const gateway: KubernetesObject = {
  apiVersion: GW,
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'infra' },
  spec: {
    gatewayClassName: 'istio',
    allowedListeners: { namespaces: { from: 'Same' } },
    listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
  },
};

function listenerSet(namespace: string, name: string): KubernetesObject {
  return {
    apiVersion: GW,
    kind: 'ListenerSet',
    metadata: { name, namespace },
    spec: {
      parentRef: { name: 'public', namespace: 'infra' },
      listeners: [{ name: 'postgres', port: 5432, protocol: 'TCP' }],
    },
  };
}

const tcpRoute: KubernetesObject = {
  apiVersion: GW,
  kind: 'TCPRoute',
  metadata: { name: 'db', namespace: 'infra' },
  spec: {
    parentRefs: [
      {
        group: 'gateway.networking.k8s.io',
        kind: 'ListenerSet',
        name: 'databases',
        sectionName: 'postgres',
      },
    ],
    rules: [{ backendRefs: [{ name: 'postgres', port: 5432 }] }],
  },
};

const views = (objects: KubernetesObject[]) =>
  clusterGatewayViews(clusterWith('prod', objects));

describe('clusterGatewayViews with ListenerSets', () => {
  it("lists the ListenerSets naming a Gateway, each with its conditions and listeners, and the routes naming them on the ListenerSet's listeners only", () => {
    const { gateways } = views([
      gateway,
      listenerSet('infra', 'databases'),
      listenerSet('shop', 'elsewhere'),
      tcpRoute,
    ]);

    const [view] = gateways;
    expect(view.listeners[0].routes).toEqual([]);
    expect(view.listenerSets).toMatchObject([
      {
        namespace: 'infra',
        name: 'databases',
        conditionsFrom: 'analysis',
        conditions: expect.arrayContaining([
          expect.objectContaining({ type: 'Accepted', status: 'True' }),
        ]),
        listeners: [
          {
            name: 'postgres',
            port: 5432,
            protocol: 'TCP',
            attachedRoutes: 1,
            conditionsFrom: 'analysis',
            allowedRoutes: { namespaces: 'Same', kinds: ['TCPRoute'] },
            routes: [
              {
                kind: 'TCPRoute',
                namespace: 'infra',
                name: 'db',
                accepted: true,
              },
            ],
          },
        ],
      },
      {
        namespace: 'shop',
        name: 'elsewhere',
        conditions: expect.arrayContaining([
          expect.objectContaining({
            type: 'Accepted',
            status: 'False',
            reason: 'NotAllowed',
          }),
        ]),
      },
    ]);
  });

  it("keeps a ListenerSet's written status and records who owns the routes naming it", () => {
    const accepted = {
      type: 'Accepted',
      status: 'True',
      reason: 'Accepted',
      message: 'ListenerSet accepted',
    };
    const { gateways, ownerships } = views([
      gateway,
      {
        ...listenerSet('infra', 'databases'),
        status: {
          conditions: [accepted],
          listeners: [
            { name: 'postgres', attachedRoutes: 3, conditions: [accepted] },
          ],
        },
      },
      tcpRoute,
    ]);

    const [written] = gateways[0].listenerSets!;
    expect(written.conditions).toEqual([accepted]);
    expect(written.conditionsFrom).toBeUndefined();
    expect(written.listeners[0]).toMatchObject({
      attachedRoutes: 3,
      conditions: [accepted],
    });
    expect(ownerships.has('TCPRoute/infra/db')).toBe(true);
  });

  it('gives a Gateway no ListenerSets when none names it', () => {
    const { gateways } = views([gateway, tcpRoute]);

    expect(gateways[0].listenerSets).toBeUndefined();
  });
});
