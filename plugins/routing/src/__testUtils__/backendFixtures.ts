import type { BackendView } from '@portway/plugin-routing-common';

/** Service shop/storefront:8080, there with the port. */
export const storefrontBackend: BackendView = {
  kind: 'Service',
  namespace: 'shop',
  name: 'storefront',
  port: 8080,
  state: 'found',
};

/** Service shop/cart:9090 (gRPC), there with the port. */
export const cartBackend: BackendView = {
  kind: 'Service',
  namespace: 'shop',
  name: 'cart',
  port: 9090,
  state: 'found',
};
