import type { KubernetesObject } from '../../kubernetes/objects';
import type { ClusterStatus } from '../../types/routes';
import { createObjectIndex } from '../createObjectIndex';
import type { PreflightCluster } from '../types';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

/** A Service with ports, labelled for an entity (kubernetes-id). */
export function service(
  namespace: string,
  name: string,
  ports: Array<{ port: number; name?: string; appProtocol?: string }>,
  owner = name,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      namespace,
      name,
      labels: { 'backstage.io/kubernetes-id': owner },
    },
    spec: { ports },
  };
}

/** A route of a Gateway API kind on infra/public with hostnames, owned by `owner`. */
export function gatewayRoute(
  kind: 'HTTPRoute' | 'GRPCRoute',
  namespace: string,
  name: string,
  hostnames: string[],
  owner: string,
): KubernetesObject {
  return {
    apiVersion: GATEWAY_API,
    kind,
    metadata: {
      namespace,
      name,
      labels: { 'backstage.io/kubernetes-id': owner },
      creationTimestamp: '2026-10-01T09:00:00Z',
    },
    spec: {
      parentRefs: [
        { namespace: 'infra', name: 'public', sectionName: 'https' },
      ],
      hostnames,
      rules: [{ backendRefs: [{ name: owner, port: 8080 }] }],
    },
  };
}

/**
 * The shared Gateway infra/public as the demo has it: an HTTP listener open to all namespaces,
 * an HTTPS listener (cert-manager annotated) for namespaces labelled gateway-access=public, and
 * an HTTPS listener that takes only HTTPRoutes.
 */
export const publicGateway: KubernetesObject = {
  apiVersion: GATEWAY_API,
  kind: 'Gateway',
  metadata: {
    namespace: 'infra',
    name: 'public',
    annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' },
  },
  spec: {
    gatewayClassName: 'istio',
    listeners: [
      {
        name: 'http',
        protocol: 'HTTP',
        port: 80,
        hostname: '*.shop.example.com',
        allowedRoutes: { namespaces: { from: 'All' } },
      },
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 443,
        hostname: '*.shop.example.com',
        tls: {
          mode: 'Terminate',
          certificateRefs: [{ kind: 'Secret', name: 'shop-example-com-tls' }],
        },
        allowedRoutes: {
          namespaces: {
            from: 'Selector',
            selector: { matchLabels: { 'gateway-access': 'public' } },
          },
        },
      },
      {
        name: 'https-web',
        protocol: 'HTTPS',
        port: 443,
        hostname: 'web.example.com',
        tls: { mode: 'Terminate' },
        allowedRoutes: {
          namespaces: { from: 'All' },
          kinds: [{ kind: 'HTTPRoute' }],
        },
      },
    ],
  },
};

/** The objects of the test cluster: namespaces shop (public) and books, the Gateway, Services. */
export function clusterObjects(): KubernetesObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'shop', labels: { 'gateway-access': 'public' } },
    },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'books' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'infra' } },
    {
      apiVersion: GATEWAY_API,
      kind: 'GatewayClass',
      metadata: { name: 'istio' },
      spec: { controllerName: 'istio.io/gateway-controller' },
    },
    publicGateway,
    service('shop', 'storefront', [{ port: 8080, name: 'http' }]),
    service('shop', 'cart', [
      { port: 9090, name: 'grpc', appProtocol: 'kubernetes.io/h2c' },
    ]),
    service('shop', 'payments', [{ port: 8080 }], 'payments'),
    service('books', 'catalog', [{ port: 8080 }]),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'nginx' },
      spec: { controller: 'k8s.io/ingress-nginx' },
    },
  ];
}

const ok: ClusterStatus = { name: 'prod-eu', state: 'ok' };

const sameObject = (a: KubernetesObject, b: KubernetesObject) =>
  a.kind === b.kind &&
  a.metadata?.namespace === b.metadata?.namespace &&
  a.metadata?.name === b.metadata?.name;

/** The test cluster `prod-eu` with extra objects (replacing those of the same name), in the given state. */
export function testCluster(
  extra: KubernetesObject[] = [],
  status: Partial<ClusterStatus> = {},
): PreflightCluster {
  const base = clusterObjects().filter(
    object => !extra.some(other => sameObject(object, other)),
  );
  return {
    name: 'prod-eu',
    status: { ...ok, ...status },
    objects: createObjectIndex([...base, ...extra]),
  };
}

/** Owns what is labelled backstage.io/kubernetes-id=<name>, as the entity selector would. */
export function ownedBy(name: string) {
  return (object: KubernetesObject) =>
    object.metadata?.labels?.['backstage.io/kubernetes-id'] === name;
}
