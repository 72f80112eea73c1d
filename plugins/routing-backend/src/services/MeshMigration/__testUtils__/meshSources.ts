import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ClusterVirtualServices } from '../convertEntityVirtualServices';

/** The storefront's gRPC VirtualService of the demo cluster (examples/cluster), bound to the mesh. */
export const catalogVirtualService: KubernetesObject = {
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: {
    name: 'storefront-catalog-grpc',
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: {
    hosts: ['storefront.shop.svc.cluster.local'],
    http: [
      {
        match: [{ uri: { prefix: '/shop.catalog.v1.Catalog/' } }],
        route: [
          {
            destination: {
              host: 'storefront.shop.svc.cluster.local',
              port: { number: 9090 },
            },
          },
        ],
        timeout: '5s',
      },
    ],
  },
};

/** A second VirtualService of the storefront, with a fault the mesh routes cannot carry. */
export const faultyVirtualService: KubernetesObject = {
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'storefront-web', namespace: 'shop' },
  spec: {
    hosts: ['storefront'],
    http: [
      {
        match: [{ uri: { prefix: '/api' } }],
        fault: { abort: { httpStatus: 503, percentage: { value: 1 } } },
        route: [
          { destination: { host: 'storefront', port: { number: 8080 } } },
        ],
      },
    ],
  },
};

/** A VirtualService bound to an Istio ingress Gateway: not a mesh one, so not converted. */
export const gatewayVirtualService: KubernetesObject = {
  apiVersion: 'networking.istio.io/v1',
  kind: 'VirtualService',
  metadata: { name: 'storefront-edge', namespace: 'shop' },
  spec: {
    hosts: ['storefront.example.com'],
    gateways: ['infra/public'],
    http: [{ route: [{ destination: { host: 'storefront' } }] }],
  },
};

/** The storefront Service of the demo cluster: HTTP on 8080, gRPC (h2c) on 9090. */
export const storefrontService: KubernetesObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'storefront',
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: {
    ports: [
      { name: 'http', port: 8080 },
      { name: 'grpc', port: 9090, appProtocol: 'kubernetes.io/h2c' },
    ],
  },
};

/** The storefront's objects of cluster demo: `virtualServices`, then the cluster's Services. */
export function sourcesWith(
  virtualServices: KubernetesObject[] = [catalogVirtualService],
): ClusterVirtualServices[] {
  return [
    { cluster: 'demo', objects: [...virtualServices, storefrontService] },
  ];
}
