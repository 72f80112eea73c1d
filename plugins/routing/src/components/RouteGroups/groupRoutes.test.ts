import { clusters } from '../../__testUtils__/clusterStatusFixtures';
import {
  missingBackendsRoute,
  notAllowedRoute,
  readyRoute,
  tlsRoute,
} from '../../__testUtils__/gatewayApiRouteFixtures';
import { ingress } from '../../__testUtils__/ingressFixtures';
import {
  cartMeshRoute,
  storefrontConsumerRoute,
  tcpRoute,
  udpRoute,
} from '../../__testUtils__/meshRouteFixtures';
import { virtualService } from '../../__testUtils__/virtualServiceFixtures';
import { groupRoutes, splitMeshRoutes, summaryCounts } from './groupRoutes';

describe('groupRoutes', () => {
  it('groups by cluster in the order of the answer, then by family', () => {
    const usRoute = { ...readyRoute, cluster: 'prod-us' };
    const groups = groupRoutes(
      [ingress, readyRoute, usRoute, virtualService],
      [clusters.stale, clusters.ok],
    );

    expect(groups.map(group => group.cluster.name)).toEqual([
      'prod-us',
      'prod-eu',
    ]);
    expect(groups[1].families.map(family => family.title)).toEqual([
      'Gateway API',
      'Mesh',
      'Legacy Ingress',
    ]);
    expect(groups[1].routeCount).toBe(3);
    expect(groups[0].families).toHaveLength(1);
  });

  it('puts failed routes first, then degraded, then ready', () => {
    const [group] = groupRoutes(
      [readyRoute, missingBackendsRoute, notAllowedRoute],
      [clusters.ok],
    );

    expect(group.families[0].routes.map(route => route.summary)).toEqual([
      'failed',
      'degraded',
      'ready',
    ]);
  });

  it('keeps a cluster in trouble without routes, for its warning, and drops a healthy one', () => {
    const groups = groupRoutes(
      [readyRoute],
      [clusters.ok, clusters.error, { name: 'quiet', state: 'ok' }],
    );

    expect(groups.map(group => group.cluster.name)).toEqual([
      'prod-eu',
      'prod-ap',
    ]);
    expect(groups[1]).toMatchObject({ families: [], routeCount: 0 });
  });

  it('gives a section to routes of a cluster the answer does not list', () => {
    const groups = groupRoutes([{ ...readyRoute, cluster: 'lab' }], []);

    expect(groups).toEqual([
      expect.objectContaining({ cluster: { name: 'lab', state: 'ok' } }),
    ]);
  });
});

describe('summaryCounts', () => {
  it('counts the routes of each summary, worst first', () => {
    expect(
      summaryCounts([readyRoute, notAllowedRoute, readyRoute, virtualService]),
    ).toBe('1 failed, 3 ready');
  });
});

describe('groupRoutes with every route kind and mesh routes', () => {
  it('puts TCPRoutes, UDPRoutes and TLSRoutes in the Gateway API family', () => {
    const [group] = groupRoutes([tcpRoute, udpRoute, tlsRoute], [clusters.ok]);

    expect(group.families).toEqual([
      expect.objectContaining({
        family: 'gateway-api',
        routes: [tcpRoute, udpRoute, tlsRoute],
      }),
    ]);
  });

  it('puts a route bound to a Service in the mesh family next to the VirtualServices', () => {
    const [group] = groupRoutes(
      [readyRoute, storefrontConsumerRoute, virtualService],
      [clusters.ok],
    );

    expect(group.families.map(family => family.family)).toEqual([
      'gateway-api',
      'mesh',
    ]);
    expect(group.families[1].routes).toEqual([
      storefrontConsumerRoute,
      virtualService,
    ]);
    expect(splitMeshRoutes(group.families[1].routes)).toEqual({
      otherRoutes: [virtualService],
      meshRoutes: [storefrontConsumerRoute],
    });
  });

  it('gives the mesh family the Services a VirtualService and a mesh route both claim, in that cluster only', () => {
    const groups = groupRoutes(
      [virtualService, cartMeshRoute, { ...cartMeshRoute, cluster: 'prod-us' }],
      [clusters.ok, clusters.stale],
    );

    const [eu, us] = groups.map(group => group.families[0]);
    expect(eu.conflicts).toEqual([
      expect.objectContaining({
        service: 'shop/cart',
        virtualService: 'shop/cart',
        meshRoute: 'GRPCRoute shop/cart-mesh',
      }),
    ]);
    expect(us.conflicts).toEqual([]);
  });
});
