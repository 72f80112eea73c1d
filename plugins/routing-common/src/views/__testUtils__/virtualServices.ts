import type { KubernetesObject } from '../../kubernetes/objects';
import { service } from '../../semantics/__testUtils__/builders';
import type { VirtualServiceContext } from '../virtualServiceRouteView';

/** A Service `namespace/name` with named ports: `{ grpc: 9090 }`. */
export function serviceWithPorts(
  key: string,
  ports: Record<string, number>,
): KubernetesObject {
  return service(key, {
    ports: Object.entries(ports).map(([name, port]) => ({ name, port })),
  });
}

/** An Istio Gateway `namespace/name` on the ingress gateway, with `servers`. */
export function istioGateway(
  key: string,
  servers: unknown[],
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: { namespace, name },
    spec: { selector: { istio: 'ingressgateway' }, servers },
  };
}

/** A VirtualService (`shop/cart` unless told) with `spec`. */
export function vs(
  spec: Record<string, unknown>,
  key = 'shop/cart',
): KubernetesObject {
  const [namespace, name] = key.split('/');
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { namespace, name, creationTimestamp: '2026-11-27T10:00:00Z' },
    spec,
  };
}

/** Objects by `namespace/name`, as a context looks them up. */
export const byKey = (objects: KubernetesObject[]) =>
  new Map(
    objects.map(o => [`${o.metadata?.namespace}/${o.metadata?.name}`, o]),
  );

/** Istio Gateway infra/public: HTTPS for every namespace, HTTP for shop only. */
export const publicGateway = istioGateway('infra/public', [
  {
    port: { number: 443, name: 'https', protocol: 'HTTPS' },
    hosts: ['*/*.shop.example.com'],
    tls: { mode: 'SIMPLE' },
  },
  {
    port: { number: 80, name: 'http', protocol: 'HTTP' },
    hosts: ['shop/*.shop.example.com'],
  },
]);

/** Cluster prod-eu: Services shop/cart (grpc 9090) and shop/web (http 8080, admin 9000), Gateway infra/public. */
export const context: VirtualServiceContext = {
  cluster: 'prod-eu',
  matchedBy: 'label',
  services: byKey([
    serviceWithPorts('shop/cart', { grpc: 9090 }),
    serviceWithPorts('shop/web', { http: 8080, admin: 9000 }),
  ]),
  istioGateways: byKey([publicGateway]),
};
