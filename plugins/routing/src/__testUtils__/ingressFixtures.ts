import type { RouteView } from '@portway/plugin-routing-common';
import { storefrontBackend } from './backendFixtures';

/** A legacy Ingress, half moved to the Gateway API. */
export const ingress: RouteView = {
  cluster: 'prod-eu',
  kind: 'Ingress',
  namespace: 'shop',
  name: 'storefront-legacy',
  hostnames: ['storefront.shop.example.com', 'old.shop.example.com'],
  urls: [
    'https://storefront.shop.example.com/',
    'http://old.shop.example.com/',
  ],
  parents: [],
  backends: [storefrontBackend],
  summary: 'ready',
  matchedBy: 'label',
  ingress: {
    className: 'nginx',
    tls: [
      { hosts: ['storefront.shop.example.com'], secretName: 'storefront-tls' },
    ],
    addresses: ['203.0.113.10'],
    migration: {
      state: 'partial',
      safeToRemove: false,
      message:
        'old.shop.example.com is not served by any Gateway API route yet',
      hosts: [
        {
          hostname: 'storefront.shop.example.com',
          servedBy: [
            {
              kind: 'HTTPRoute',
              namespace: 'shop',
              name: 'storefront',
              summary: 'ready',
              accepted: true,
            },
          ],
          paths: [
            {
              pathType: 'Prefix',
              path: '/',
              coveredBy: 'HTTPRoute shop/storefront',
            },
          ],
        },
        {
          hostname: 'old.shop.example.com',
          servedBy: [],
          paths: [{ pathType: 'Prefix', path: '/' }],
        },
      ],
    },
  },
};
