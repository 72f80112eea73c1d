import { readyRoute } from '../../__testUtils__/gatewayApiRouteFixtures';
import { cartMeshRoute } from '../../__testUtils__/meshRouteFixtures';
import { routeNode } from './routeNodes';

describe('routeNode', () => {
  it('captions a route with its kind and cluster', () => {
    expect(routeNode(readyRoute).caption).toBe('HTTPRoute · prod-eu');
  });

  it('marks a mesh route experimental', () => {
    expect(routeNode(cartMeshRoute)).toMatchObject({
      caption: 'GRPCRoute (mesh, experimental) · prod-eu',
      title: 'shop/cart-mesh',
    });
  });
});
