import type { RouteView } from '@portway/plugin-routing-common';
import { cartBackend, storefrontBackend } from './backendFixtures';
import {
  acceptedTrue,
  publicParent,
  resolvedRefsTrue,
} from './gatewayParentFixtures';

/**
 * A GRPCRoute bound to the Service shop/cart (GAMMA, a producer route): it claims the Service
 * the mesh VirtualService `virtualService` routes for too.
 */
export const cartMeshRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'GRPCRoute',
  namespace: 'shop',
  name: 'cart-mesh',
  hostnames: [],
  urls: ['grpc://cart.shop.svc.cluster.local:9090'],
  parents: [
    {
      ref: { group: '', kind: 'Service', name: 'cart', port: 9090 },
      conditions: [acceptedTrue, resolvedRefsTrue],
      conditionsFrom: 'analysis',
      predictedBecause: 'no-status',
    },
  ],
  backends: [cartBackend],
  summary: 'ready',
  matchedBy: 'backend',
  meshRoute: {
    experimental: true,
    services: [
      { namespace: 'shop', name: 'cart', port: 9090, role: 'producer' },
    ],
  },
};

/** An HTTPRoute in checkout bound to the Service shop/storefront: a consumer mesh route. */
export const storefrontConsumerRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'HTTPRoute',
  namespace: 'checkout',
  name: 'storefront-calls',
  hostnames: [],
  urls: ['http://storefront.shop.svc.cluster.local:8080/api'],
  parents: [
    {
      ref: {
        group: '',
        kind: 'Service',
        namespace: 'shop',
        name: 'storefront',
      },
      conditions: [acceptedTrue, resolvedRefsTrue],
    },
  ],
  backends: [storefrontBackend],
  summary: 'ready',
  matchedBy: 'backend',
  meshRoute: {
    experimental: true,
    services: [{ namespace: 'shop', name: 'storefront', role: 'consumer' }],
  },
};

/** A TCPRoute on the public Gateway's tcp listener: no hostname, no URL. */
export const tcpRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'TCPRoute',
  namespace: 'shop',
  name: 'storefront-db',
  hostnames: [],
  urls: [],
  parents: [
    {
      ...publicParent,
      ref: { ...publicParent.ref, sectionName: 'postgres' },
      listeners: [{ name: 'postgres', port: 5432, protocol: 'TCP' }],
    },
  ],
  backends: [{ ...storefrontBackend, port: 5432 }],
  summary: 'ready',
  matchedBy: 'label',
};

/** A UDPRoute on the public Gateway's dns listener. */
export const udpRoute: RouteView = {
  ...tcpRoute,
  kind: 'UDPRoute',
  name: 'storefront-dns',
  parents: [
    {
      ...publicParent,
      ref: { ...publicParent.ref, sectionName: 'dns' },
      listeners: [{ name: 'dns', port: 53, protocol: 'UDP' }],
    },
  ],
  backends: [{ ...storefrontBackend, port: 53 }],
};
