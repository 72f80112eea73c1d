import type { KubernetesObject } from '../kubernetes/objects';
import type { ClusterKindName } from './types';

/**
 * The group and kind of every {@link ClusterKindName}, as objects carry them.
 *
 * @public
 */
export const clusterKinds: Record<
  ClusterKindName,
  { group: string; kind: string }
> = {
  namespace: { group: '', kind: 'Namespace' },
  service: { group: '', kind: 'Service' },
  ingress: { group: 'networking.k8s.io', kind: 'Ingress' },
  ingressClass: { group: 'networking.k8s.io', kind: 'IngressClass' },
  gatewayClass: { group: 'gateway.networking.k8s.io', kind: 'GatewayClass' },
  gateway: { group: 'gateway.networking.k8s.io', kind: 'Gateway' },
  httpRoute: { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' },
  grpcRoute: { group: 'gateway.networking.k8s.io', kind: 'GRPCRoute' },
  tlsRoute: { group: 'gateway.networking.k8s.io', kind: 'TLSRoute' },
  tcpRoute: { group: 'gateway.networking.k8s.io', kind: 'TCPRoute' },
  udpRoute: { group: 'gateway.networking.k8s.io', kind: 'UDPRoute' },
  listenerSet: { group: 'gateway.networking.k8s.io', kind: 'ListenerSet' },
  backendTlsPolicy: {
    group: 'gateway.networking.k8s.io',
    kind: 'BackendTLSPolicy',
  },
  referenceGrant: {
    group: 'gateway.networking.k8s.io',
    kind: 'ReferenceGrant',
  },
  virtualService: { group: 'networking.istio.io', kind: 'VirtualService' },
  istioGateway: { group: 'networking.istio.io', kind: 'Gateway' },
  destinationRule: { group: 'networking.istio.io', kind: 'DestinationRule' },
  certificate: { group: 'cert-manager.io', kind: 'Certificate' },
  secret: { group: '', kind: 'Secret' },
};

const names = Object.keys(clusterKinds) as ClusterKindName[];

/**
 * The {@link ClusterKindName} of an object, from its apiVersion's group and its kind.
 *
 * @public
 */
export function clusterKindOf(
  object: KubernetesObject,
): ClusterKindName | undefined {
  const apiVersion = object.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return names.find(
    name =>
      clusterKinds[name].kind === object.kind &&
      clusterKinds[name].group === group,
  );
}
