import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

function renderStep(name: string, input: object): string {
  return stringify({
    steps: [{ id: 'render', action: 'routing:exposure:render', name, input }],
  });
}

/** Examples of `routing:exposure:render` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Expose the storefront Service over HTTP through the shared public Gateway',
    example: renderStep('Render the HTTPRoute', {
      entityRef: 'component:default/storefront',
      type: 'http',
      cluster: 'demo',
      namespace: 'shop',
      service: { name: 'storefront', port: 8080 },
      hostnames: ['storefront.shop.example.com'],
      paths: [{ type: 'PathPrefix', value: '/' }],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    }),
  },
  {
    description:
      'Expose a gRPC service to the other services of the mesh (an Istio VirtualService bound to mesh), with a timeout and retries',
    example: renderStep('Render the VirtualService', {
      entityRef: 'component:default/inventory',
      type: 'grpc-mesh',
      cluster: 'demo',
      namespace: 'shop',
      service: { name: 'inventory', port: 9090 },
      grpc: [{ service: 'shop.inventory.v1.Inventory' }],
      timeout: '5s',
      retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'unavailable' },
    }),
  },
  {
    description:
      'Expose a gRPC service in the mesh through the Gateway API: a GRPCRoute bound to the Service (experimental; needs routing.exposure.policy.gatewayApiMeshRoutes)',
    example: renderStep('Render the mesh GRPCRoute', {
      entityRef: 'component:default/inventory',
      type: 'grpc-mesh-route',
      cluster: 'demo',
      namespace: 'shop',
      service: { name: 'inventory', port: 9090 },
      grpc: [{ service: 'shop.inventory.v1.Inventory' }],
    }),
  },
  {
    description:
      'Expose one gRPC method from outside through the shared Gateway (a GRPCRoute)',
    example: renderStep('Render the GRPCRoute', {
      entityRef: 'component:default/inventory',
      type: 'grpc-gateway',
      cluster: 'demo',
      namespace: 'shop',
      service: { name: 'inventory', port: 9090 },
      hostnames: ['inventory.shop.example.com'],
      grpc: [{ service: 'shop.inventory.v1.Inventory', method: 'GetStock' }],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    }),
  },
  {
    description:
      'Expose a service that an outside vendor runs through the legacy Ingress path, with TLS',
    example: renderStep('Render the Ingress', {
      entityRef: 'component:default/loyalty',
      type: 'ingress',
      cluster: 'demo',
      namespace: 'shop',
      service: { name: 'loyalty', port: 8080 },
      hostnames: ['loyalty.example.com'],
      paths: [{ type: 'PathPrefix', value: '/' }],
      ingressClassName: 'nginx',
      tls: { secretName: 'loyalty-example-com-tls' },
    }),
  },
  {
    description:
      'Expose over HTTP with the form values of a template (the form fields of the Routing plugin)',
    example: renderStep('Render the HTTPRoute', {
      entityRef: '${{ parameters.entityRef }}',
      type: '${{ parameters.type }}',
      cluster: '${{ parameters.target.cluster }}',
      namespace: '${{ parameters.target.namespace }}',
      name: '${{ parameters.name }}',
      service: {
        name: '${{ parameters.target.name }}',
        port: '${{ parameters.target.port }}',
      },
      hostnames: '${{ parameters.hostnames }}',
      paths: '${{ parameters.paths }}',
      gateway: '${{ parameters.gateway }}',
    }),
  },
];
