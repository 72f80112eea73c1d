import { gatewayRouteView } from './gatewayRouteView';
import { meshClaimConflicts } from './meshClaimConflicts';
import { routeViewFamily } from './routeFamily';
import { virtualServiceRouteView } from './virtualServiceRouteView';

const cart = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace: 'shop', name: 'cart' },
  spec: {
    ports: [
      { name: 'grpc', port: 9090, appProtocol: 'grpc' },
      { name: 'http', port: 8080 },
    ],
  },
};
const services = new Map([['shop/cart', cart]]);
const context = {
  cluster: 'prod',
  gateways: new Map(),
  matchedBy: 'backend' as const,
  services,
};

const meshRoute = (kind: string, namespace: string, port?: number) => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind,
  metadata: { namespace, name: `cart-${kind.toLowerCase()}` },
  spec: {
    parentRefs: [
      {
        group: '',
        kind: 'Service',
        name: 'cart',
        namespace: 'shop',
        ...(port ? { port } : {}),
      },
    ],
    rules: [
      {
        matches:
          kind === 'HTTPRoute'
            ? [{ path: { type: 'PathPrefix', value: '/api' } }]
            : [],
        backendRefs: [{ name: 'cart', namespace: 'shop', port: port ?? 8080 }],
      },
    ],
  },
});

describe('mesh routes in route views (GAMMA, experimental)', () => {
  it('marks a GRPCRoute with a Service parent as a producer mesh route with in-mesh gRPC URLs', () => {
    const view = gatewayRouteView(
      meshRoute('GRPCRoute', 'shop', 9090),
      context,
    );
    expect(view.meshRoute).toEqual({
      experimental: true,
      services: [
        { namespace: 'shop', name: 'cart', port: 9090, role: 'producer' },
      ],
    });
    expect(view.urls).toEqual(['grpc://cart.shop.svc.cluster.local:9090']);
    expect(routeViewFamily(view)).toBe('mesh');
  });

  it('gives an HTTPRoute consumer route every HTTP-speaking port of the Service, with its paths', () => {
    const view = gatewayRouteView(meshRoute('HTTPRoute', 'checkout'), context);
    expect(view.meshRoute?.services[0].role).toBe('consumer');
    expect(view.urls).toEqual([
      'grpc://cart.shop.svc.cluster.local:9090',
      'http://cart.shop.svc.cluster.local:8080/api',
    ]);
  });

  it('keeps a route with Gateway parents only in the Gateway API group', () => {
    const view = gatewayRouteView(
      {
        ...meshRoute('HTTPRoute', 'shop'),
        spec: {
          parentRefs: [{ name: 'public', namespace: 'infra' }],
          rules: [],
        },
      },
      context,
    );
    expect(view.meshRoute).toBeUndefined();
    expect(routeViewFamily(view)).toBe('gateway-api');
  });

  it('warns where a mesh VirtualService and a mesh route claim the same Service', () => {
    const vs = virtualServiceRouteView(
      {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { namespace: 'shop', name: 'cart' },
        spec: {
          hosts: ['cart'],
          http: [{ route: [{ destination: { host: 'cart' } }] }],
        },
      },
      {
        cluster: 'prod',
        matchedBy: 'label',
        services,
        istioGateways: new Map(),
      },
    );
    const route = gatewayRouteView(
      meshRoute('GRPCRoute', 'shop', 9090),
      context,
    );
    const other = gatewayRouteView(meshRoute('GRPCRoute', 'shop', 9090), {
      ...context,
      cluster: 'staging',
    });
    expect(meshClaimConflicts([vs, route, other])).toEqual([
      {
        cluster: 'prod',
        service: 'shop/cart',
        virtualService: 'shop/cart',
        meshRoute: 'GRPCRoute shop/cart-grpcroute',
        message:
          'VirtualService shop/cart and GRPCRoute shop/cart-grpcroute both route calls to Service shop/cart: which one callers get depends on the mesh, so keep only one (convert the VirtualService, then delete it)',
      },
    ]);
  });
});
