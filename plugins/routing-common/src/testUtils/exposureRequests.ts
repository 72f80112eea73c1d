/**
 * The exposure request of the design document: storefront over HTTP through the shared
 * Gateway infra/public, listener https. Spread it and override what a test is about.
 */
export const storefrontExposureRequest = {
  entityRef: 'component:default/storefront',
  type: 'http' as const,
  cluster: 'prod-eu',
  namespace: 'shop',
  service: { name: 'storefront', port: 8080 },
  hostnames: ['storefront.shop.example.com'],
  paths: [{ type: 'PathPrefix' as const, value: '/' }],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};
