import type { RouteView } from '@portway/plugin-routing-common';
import { cartBackend } from './backendFixtures';

/** An Istio VirtualService for the mesh: gRPC between services. */
export const virtualService: RouteView = {
  cluster: 'prod-eu',
  kind: 'VirtualService',
  namespace: 'shop',
  name: 'cart',
  hostnames: ['cart.shop.svc.cluster.local'],
  urls: [],
  parents: [],
  backends: [cartBackend],
  summary: 'ready',
  matchedBy: 'backend',
  virtualService: {
    hosts: ['cart.shop.svc.cluster.local'],
    gateways: ['mesh'],
    matches: ['gRPC shop.cart.v1.Cart/AddItem', 'prefix /shop.cart.v1.Cart/'],
  },
};
