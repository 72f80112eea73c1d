import type { VirtualServiceConversionPreview } from '@portway/plugin-routing-common';
import { STOREFRONT_FOLDER } from '@portway/plugin-routing-node/testUtils';

/** The GRPCRoute the conversion makes of the storefront's gRPC VirtualService. */
export const MESH_ROUTE_FILE = `${STOREFRONT_FOLDER}/grpcroute-storefront-catalog-grpc.yaml`;
/** The storefront folder's kustomization.yaml. */
export const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

/** The input of `routing:virtualservice:convert` for the storefront's gRPC VirtualService. */
export const conversionInput = {
  entityRef: 'component:default/storefront',
  cluster: 'demo',
  namespace: 'shop',
  virtualServices: ['storefront-catalog-grpc'],
};

/** What the routing backend's conversion preflight answers for {@link conversionInput}. */
export const conversionPreview: VirtualServiceConversionPreview = {
  ok: true,
  findings: [],
  files: [
    {
      path: MESH_ROUTE_FILE,
      content:
        'apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata:\n  name: storefront-catalog-grpc\n  namespace: shop\n',
    },
    {
      path: KUSTOMIZATION_FILE,
      content:
        'resources:\n  - service.yaml\n  - grpcroute-storefront-catalog-grpc.yaml\n',
    },
  ],
  objects: [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GRPCRoute',
      metadata: { name: 'storefront-catalog-grpc', namespace: 'shop' },
    },
  ],
  notes: [
    {
      object: 'VirtualService shop/storefront-catalog-grpc',
      field: 'spec.http[0].timeout',
      level: 'warning',
      message: 'not carried over: the route has no timeout of its own',
    },
    {
      object: 'VirtualService shop/storefront-catalog-grpc',
      field: 'spec.hosts[0]',
      level: 'info',
      message: 'GRPCRoute shop/storefront-catalog-grpc: experimental',
    },
  ],
  virtualServices: [
    {
      cluster: 'demo',
      namespace: 'shop',
      name: 'storefront-catalog-grpc',
      hosts: ['storefront.shop.svc.cluster.local'],
    },
  ],
  report:
    '# Convert VirtualService shop/storefront-catalog-grpc to Gateway API mesh routes (experimental)\n\n## Notes\n',
  branchName:
    'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc',
  title:
    'Convert VirtualService shop/storefront-catalog-grpc to Gateway API mesh routes (experimental)',
};
