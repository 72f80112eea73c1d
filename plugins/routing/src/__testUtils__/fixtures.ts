import type { Entity } from '@backstage/catalog-model';
import type { ClusterStatus, RouteView } from '@portway/plugin-routing-common';

/** A service with the kubernetes-id annotation. */
export const storefront: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'storefront',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-shop' },
};

/** An HTTPRoute on the shared public Gateway, accepted and ready. */
export const httpRoute: RouteView = {
  cluster: 'prod-eu',
  kind: 'HTTPRoute',
  namespace: 'shop',
  name: 'storefront',
  hostnames: ['storefront.shop.example.com'],
  urls: ['https://storefront.shop.example.com/'],
  parents: [
    {
      ref: {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: 'infra',
        name: 'public',
        sectionName: 'https',
      },
      conditions: [
        {
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
          message: 'Route was valid',
        },
        {
          type: 'ResolvedRefs',
          status: 'True',
          reason: 'ResolvedRefs',
          message: 'All references resolved',
        },
      ],
      listeners: [
        {
          name: 'https',
          hostname: '*.shop.example.com',
          port: 443,
          protocol: 'HTTPS',
        },
      ],
    },
  ],
  backends: [
    { kind: 'Service', namespace: 'shop', name: 'storefront', port: 8080 },
  ],
  summary: 'ready',
  matchedBy: 'label',
};

/** A route that the Gateway refused: no listener matches its hostname. */
export const refusedRoute: RouteView = {
  ...httpRoute,
  cluster: 'prod-us',
  name: 'storefront-admin',
  hostnames: ['admin.other.example.com'],
  urls: ['https://admin.other.example.com/'],
  parents: [
    {
      ...httpRoute.parents[0],
      conditions: [
        {
          type: 'Accepted',
          status: 'False',
          reason: 'NoMatchingListenerHostname',
          message: 'No listener hostname matches admin.other.example.com',
        },
      ],
    },
  ],
  summary: 'failed',
  matchedBy: 'backend',
};

/** Cluster states: one healthy, one broken. */
export const okCluster: ClusterStatus = { name: 'prod-us', state: 'ok' };
export const brokenCluster: ClusterStatus = {
  name: 'prod-eu',
  state: 'error',
  message: 'connect ECONNREFUSED 10.0.0.1:6443',
};
