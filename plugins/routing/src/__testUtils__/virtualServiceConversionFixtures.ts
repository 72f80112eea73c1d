import type {
  EntityRoutesResponse,
  VirtualServiceConversionPreview,
} from '@portway/plugin-routing-common';
import type { LiveVirtualService } from '../hooks/useEntityVirtualServices';
import { storefrontBackend } from './backendFixtures';
import { entityRef } from './fieldFixtures';

function liveVirtualService(
  name: string,
  gateways: string[],
  place: { cluster?: string; namespace?: string } = {},
): LiveVirtualService {
  const hosts = ['storefront.shop.svc.cluster.local'];
  return {
    cluster: place.cluster ?? 'prod-eu',
    kind: 'VirtualService',
    namespace: place.namespace ?? 'shop',
    name,
    hostnames: hosts,
    urls: [],
    parents: [],
    backends: [storefrontBackend],
    summary: 'ready',
    matchedBy: 'backend',
    virtualService: {
      hosts,
      gateways,
      matches: ['gRPC shop.catalog.v1.Catalog'],
    },
  };
}

/** The storefront's gRPC VirtualService of the mesh, in prod-eu/shop. */
export const catalogVirtualService = liveVirtualService('catalog-grpc', [
  'mesh',
]);
/** Another mesh VirtualService of prod-eu/shop. */
export const webVirtualService = liveVirtualService('web', ['mesh']);
/** A VirtualService of an Istio ingress Gateway: not converted. */
export const edgeVirtualService = liveVirtualService('edge', ['infra/public']);
/** A mesh VirtualService of prod-us. */
export const usVirtualService = liveVirtualService('catalog-grpc', ['mesh'], {
  cluster: 'prod-us',
});

/** The storefront's answer: its VirtualServices, an HTTPRoute, and one waiting in GitOps. */
export const virtualServiceRoutes: EntityRoutesResponse = {
  routes: [
    webVirtualService,
    catalogVirtualService,
    edgeVirtualService,
    usVirtualService,
    {
      ...webVirtualService,
      name: 'requested',
      matchedBy: 'request',
      pendingChange: {
        branchName: 'portway/x',
        commitSha: 'abc',
        createdAt: '2026-12-01T10:00:00Z',
      },
    },
    {
      cluster: 'prod-eu',
      kind: 'HTTPRoute',
      namespace: 'shop',
      name: 'route',
      hostnames: [],
      urls: [],
      parents: [],
      backends: [],
      summary: 'ready',
      matchedBy: 'label',
    },
  ],
  clusters: [
    { name: 'prod-eu', state: 'ok' },
    { name: 'prod-us', state: 'ok' },
  ],
};

/** A form with the catalog VirtualService ticked. */
export const conversionForm = {
  entityRef,
  virtualService: {
    cluster: 'prod-eu',
    namespace: 'shop',
    names: ['catalog-grpc'],
  },
};

/** The backend's preview of {@link conversionForm}'s conversion. */
export const cleanConversion: VirtualServiceConversionPreview = {
  ok: true,
  findings: [],
  files: [
    {
      path: 'clusters/prod-eu/shop/storefront/grpcroute-catalog-grpc.yaml',
      content:
        'apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata:\n  name: catalog-grpc\n  namespace: shop\n',
    },
    {
      path: 'clusters/prod-eu/shop/storefront/kustomization.yaml',
      content: 'resources:\n  - grpcroute-catalog-grpc.yaml\n',
    },
  ],
  objects: [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GRPCRoute',
      metadata: { namespace: 'shop', name: 'catalog-grpc' },
    },
  ],
  notes: [
    {
      object: 'VirtualService shop/catalog-grpc',
      field: 'spec.http[0].timeout',
      level: 'warning',
      message: 'not carried over: GRPCRoute has no timeouts.',
    },
  ],
  virtualServices: [
    {
      cluster: 'prod-eu',
      namespace: 'shop',
      name: 'catalog-grpc',
      hosts: ['storefront.shop.svc.cluster.local'],
    },
  ],
  report: '# Convert VirtualService shop/catalog-grpc\n',
  branchName: 'portway/convert-virtualservice/storefront/shop/catalog-grpc',
  title:
    'Convert VirtualService shop/catalog-grpc to Gateway API mesh routes (experimental)',
};
