import { createObjectIndex } from './createObjectIndex';
import { gatewayRoute, service } from './__testUtils__/testCluster';

const route = gatewayRoute(
  'HTTPRoute',
  'shop',
  'web',
  ['a.example.com'],
  'storefront',
);
const bare = { ...gatewayRoute('GRPCRoute', 'shop', 'rpc', [], 'cart') };
const objects = createObjectIndex([
  route,
  bare,
  service('shop', 'storefront', [{ port: 8080 }]),
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
]);

describe('createObjectIndex', () => {
  it('finds objects by kind, namespace and name', () => {
    expect(objects.get('service', 'shop', 'storefront')?.kind).toBe('Service');
    expect(objects.get('service', 'books', 'storefront')).toBeUndefined();
    expect(objects.list('httpRoute')).toEqual([route]);
  });

  it('finds routes by hostname, with `` for routes that list none', () => {
    expect(objects.routesForHostname('a.example.com')).toEqual([route]);
    expect(objects.routesForHostname('')).toEqual([bare]);
  });

  it('finds routes by parent Gateway and by backend Service', () => {
    expect(objects.routesOnGateway('infra', 'public')).toEqual([route, bare]);
    expect(objects.routesToService('shop', 'storefront')).toEqual([route]);
    expect(objects.routesToService('shop', 'nothing')).toEqual([]);
  });
});
