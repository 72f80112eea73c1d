import request from 'supertest';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import { startRoutingTestBackend } from './__testUtils__/startRoutingTestBackend';

const recommendations = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'recommendations',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'recommendations' },
  },
  spec: { type: 'service', owner: 'team-shop', lifecycle: 'experimental' },
};
const startBackend = () =>
  startRoutingTestBackend({ entities: [recommendations] });

// The demo's recommendations component, as the README's "Try it" describes its Routing tab.
describe('the demo recommendations component', () => {
  it('has a TCPRoute on a ListenerSet, a mesh VirtualService and a Gateway API mesh route on one Service', async () => {
    const server = await startBackend();
    const response = await request(server).get(
      '/api/routing/entities/default/component/recommendations/routes',
    );
    expect(response.status).toBe(200);
    const body = response.body as EntityRoutesResponse;
    const byName = Object.fromEntries(
      body.routes.map(r => [`${r.kind} ${r.name}`, r]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'GRPCRoute recommendations',
      'TCPRoute recommendations-cache',
      'VirtualService recommendations-grpc',
    ]);
    expect(byName['TCPRoute recommendations-cache'].parents).toEqual([
      expect.objectContaining({
        ref: expect.objectContaining({
          kind: 'ListenerSet',
          name: 'recommendations-listeners',
          sectionName: 'recommendations-cache',
        }),
        conditions: expect.arrayContaining([
          expect.objectContaining({ type: 'Accepted', status: 'True' }),
        ]),
      }),
    ]);
    expect(byName['GRPCRoute recommendations'].meshRoute).toEqual({
      experimental: true,
      services: [
        {
          namespace: 'shop',
          name: 'recommendations',
          port: 9090,
          role: 'producer',
        },
      ],
    });
  });

  it('shows its ListenerSet under the Gateway infra/public, with the TCPRoute attached', async () => {
    const server = await startBackend();
    const response = await request(server).get('/api/routing/gateways');
    expect(response.status).toBe(200);
    const gateway = response.body.gateways.find(
      (g: { name: string }) => g.name === 'public',
    );
    expect(gateway.listenerSets).toEqual([
      expect.objectContaining({
        namespace: 'shop',
        name: 'recommendations-listeners',
        conditions: expect.arrayContaining([
          expect.objectContaining({ type: 'Accepted', status: 'True' }),
        ]),
        listeners: [
          expect.objectContaining({
            name: 'recommendations-cache',
            port: 6379,
            protocol: 'TCP',
            attachedRoutes: 1,
            routes: [
              expect.objectContaining({
                kind: 'TCPRoute',
                name: 'recommendations-cache',
              }),
            ],
          }),
        ],
      }),
    ]);
  });
});
