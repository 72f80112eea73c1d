/**
 * Answers to the templates' forms, as the scaffolder's form sends them (the form contract:
 * `target` from RoutingServicePicker, `gateway` from RoutingListenerPicker, ...), one set per
 * kind of exposure for the demo cluster's Services (examples/cluster).
 */
const review = { ok: true, errors: 0, warnings: 0 };

const shopTarget = (name: string, port: number) => ({
  cluster: 'demo',
  namespace: 'shop',
  name,
  port,
});

const publicHttps = {
  namespace: 'infra',
  name: 'public',
  sectionName: 'https',
};

/** A form for each kind of exposure, with the template it belongs to. */
export const forms = {
  http: {
    template: 'expose-http',
    values: {
      type: 'http',
      entityRef: 'component:default/storefront',
      target: shopTarget('storefront', 8080),
      gateway: publicHttps,
      hostnames: ['beta.shop.example.com'],
      paths: [{ type: 'PathPrefix', value: '/' }],
      name: 'storefront-beta',
      review,
    },
  },
  'grpc-mesh': {
    template: 'expose-grpc',
    values: {
      entityRef: 'component:default/inventory',
      type: 'grpc-mesh',
      target: shopTarget('inventory', 9090),
      timeout: '5s',
      retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'unavailable' },
      grpc: [{ service: 'shop.inventory.v1.Inventory', method: 'GetStock' }],
      review,
    },
  },
  'grpc-gateway': {
    template: 'expose-grpc',
    values: {
      entityRef: 'component:default/inventory',
      type: 'grpc-gateway',
      target: shopTarget('inventory', 9090),
      gateway: publicHttps,
      hostnames: ['inventory.shop.example.com'],
      grpc: [{ service: 'shop.inventory.v1.Inventory' }],
      review,
    },
  },
  ingress: {
    template: 'expose-ingress',
    values: {
      type: 'ingress',
      entityRef: 'component:default/loyalty',
      target: shopTarget('loyalty', 8080),
      ingressClassName: 'nginx',
      hostnames: ['loyalty.example.com'],
      paths: [{ type: 'PathPrefix', value: '/' }],
      tlsSecretName: 'loyalty-example-com-tls',
      review,
    },
  },
};

/** More answers, for the parts of the step inputs the forms above leave out. */
export const otherForms = {
  'http with header matches, a timeout and two paths': {
    template: 'expose-http',
    values: {
      ...forms.http.values,
      paths: [
        { type: 'PathPrefix', value: '/beta' },
        { type: 'Exact', value: '/health' },
      ],
      headers: [{ name: 'x-beta', value: 'true' }],
      timeout: '10s',
    },
  },
  'http with the optional fields left empty': {
    template: 'expose-http',
    values: {
      type: 'http',
      entityRef: 'component:default/reviews',
      target: shopTarget('reviews', 8080),
      gateway: publicHttps,
      hostnames: ['reviews.shop.example.com'],
      paths: [{ type: 'PathPrefix', value: '/' }],
      name: '',
      timeout: '',
      headers: [],
    },
  },
  'grpc-mesh without timeout and retries': {
    template: 'expose-grpc',
    values: {
      entityRef: 'component:default/inventory',
      type: 'grpc-mesh',
      target: shopTarget('inventory', 9090),
      grpc: [{ service: 'shop.inventory.v1.Inventory' }],
      name: '',
    },
  },
  'grpc-gateway with mesh answers left from before the type was switched': {
    template: 'expose-grpc',
    values: {
      ...forms['grpc-gateway'].values,
      timeout: '5s',
      retries: { attempts: 3 },
    },
  },
  'ingress without TLS': {
    template: 'expose-ingress',
    values: { ...forms.ingress.values, tlsSecretName: '' },
  },
};

/** expose-grpc's Gateway API mesh route (experimental), which the demo's policy does not enable. */
export const meshRouteForm = {
  template: 'expose-grpc',
  values: {
    entityRef: 'component:default/inventory',
    type: 'grpc-mesh-route',
    target: shopTarget('inventory', 9090),
    grpc: [{ service: 'shop.inventory.v1.Inventory' }],
    timeout: '5s',
    name: '',
  },
};

/** An HTTP request for a port the Service does not have (reviews has 8080 only). */
export const portNotOnService = {
  template: 'expose-http',
  values: {
    type: 'http',
    entityRef: 'component:default/reviews',
    target: shopTarget('reviews', 9999),
    gateway: publicHttps,
    hostnames: ['reviews.shop.example.com'],
    paths: [{ type: 'PathPrefix', value: '/' }],
  },
};
