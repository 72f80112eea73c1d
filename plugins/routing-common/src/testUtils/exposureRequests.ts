/**
 * The exposure request of the design document: storefront over HTTP through the shared
 * Gateway infra/public, listener https. Spread it and override what a test is about.
 *
 * @public
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

/**
 * gRPC between services through the mesh: the cart Service's whole `shop.cart.v1.Cart`
 * service, and its AddItem method (an Istio VirtualService bound to `mesh`).
 *
 * @public
 */
export const cartMeshExposureRequest = {
  entityRef: 'component:default/cart',
  type: 'grpc-mesh' as const,
  cluster: 'prod-eu',
  namespace: 'shop',
  service: { name: 'cart', port: 9090 },
  grpc: [
    { service: 'shop.cart.v1.Cart' },
    { service: 'shop.cart.v1.Cart', method: 'AddItem' },
  ],
};

/**
 * gRPC from outside through the shared Gateway infra/public, listener grpc (a GRPCRoute).
 *
 * @public
 */
export const cartGatewayExposureRequest = {
  entityRef: 'component:default/cart',
  type: 'grpc-gateway' as const,
  cluster: 'prod-eu',
  namespace: 'shop',
  service: { name: 'cart', port: 9090 },
  hostnames: ['cart.shop.example.com'],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'grpc' },
  grpc: [{ service: 'shop.cart.v1.Cart' }],
};

/**
 * A vendor-run service behind the nginx IngressClass, with TLS from a Secret (an Ingress).
 *
 * @public
 */
export const legacyIngressExposureRequest = {
  entityRef: 'component:default/legacy-billing',
  type: 'ingress' as const,
  cluster: 'prod-eu',
  namespace: 'billing',
  service: { name: 'legacy-billing', port: 8080 },
  hostnames: ['billing.example.com'],
  paths: [{ type: 'PathPrefix' as const, value: '/' }],
  ingressClassName: 'nginx',
  tls: { secretName: 'billing-example-com-tls' },
};
