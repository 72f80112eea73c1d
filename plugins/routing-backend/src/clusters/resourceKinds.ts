import type { ClusterKindName } from '@portway/plugin-routing-common';

/** The API a kind belongs to, as users name it ("Istio is not installed in cluster prod-eu"). */
export type ApiFamily = 'Kubernetes' | 'Gateway API' | 'Istio' | 'cert-manager';

/** A kind of object Portway watches, with where API servers may serve it. */
export interface ResourceKind {
  kind: string;
  /** The API group; `` for the core group. */
  group: string;
  /** The versions Portway reads, preferred first; discovery picks the first one served. */
  versions: readonly string[];
  /** The resource name in URLs. */
  plural: string;
  namespaced: boolean;
  family: ApiFamily;
  /**
   * Read as metadata only (`PartialObjectMetadataList`), and kept as its namespace and name:
   * for kinds whose contents Portway must never read (Secrets).
   */
  metadataOnly?: boolean;
  /**
   * What Portway cannot check in a cluster where the kind cannot be read (RBAC forbids it, or
   * a snapshot holds none), said once in the cluster's status ("certificate Secrets not
   * checked"). A kind with one is optional: being forbidden is expected and no cause for a
   * warning.
   */
  uncheckedWithout?: string;
}

/** The API group of an apiVersion: `gateway.networking.k8s.io/v1` -> `gateway.networking.k8s.io`, `v1` -> ``. */
export function apiGroup(apiVersion: string | undefined): string {
  const slash = (apiVersion ?? '').indexOf('/');
  return slash < 0 ? '' : (apiVersion ?? '').slice(0, slash);
}

/** The apiVersion of a kind at one of its versions: `v1` for core, `group/version` otherwise. */
export function apiVersionOf(kind: ResourceKind, version: string): string {
  return kind.group ? `${kind.group}/${version}` : version;
}

const GATEWAY_API = 'gateway.networking.k8s.io';
const ISTIO = 'networking.istio.io';

/**
 * Every kind an answer is built from, by the name Portway uses for it. Of Secrets only names
 * are read, never data: whether a listener's certificate Secret exists. The
 * names are exactly the common package's ClusterKindName (a missing or extra key does not
 * compile), so the cache can be read as a preflight's ClusterObjects.
 */
export const resourceKinds = {
  namespace: {
    kind: 'Namespace',
    group: '',
    versions: ['v1'],
    plural: 'namespaces',
    namespaced: false,
    family: 'Kubernetes',
  },
  service: {
    kind: 'Service',
    group: '',
    versions: ['v1'],
    plural: 'services',
    namespaced: true,
    family: 'Kubernetes',
  },
  ingress: {
    kind: 'Ingress',
    group: 'networking.k8s.io',
    versions: ['v1'],
    plural: 'ingresses',
    namespaced: true,
    family: 'Kubernetes',
  },
  ingressClass: {
    kind: 'IngressClass',
    group: 'networking.k8s.io',
    versions: ['v1'],
    plural: 'ingressclasses',
    namespaced: false,
    family: 'Kubernetes',
  },
  gatewayClass: {
    kind: 'GatewayClass',
    group: GATEWAY_API,
    versions: ['v1', 'v1beta1'],
    plural: 'gatewayclasses',
    namespaced: false,
    family: 'Gateway API',
  },
  gateway: {
    kind: 'Gateway',
    group: GATEWAY_API,
    versions: ['v1', 'v1beta1'],
    plural: 'gateways',
    namespaced: true,
    family: 'Gateway API',
  },
  httpRoute: {
    kind: 'HTTPRoute',
    group: GATEWAY_API,
    versions: ['v1', 'v1beta1'],
    plural: 'httproutes',
    namespaced: true,
    family: 'Gateway API',
  },
  grpcRoute: {
    kind: 'GRPCRoute',
    group: GATEWAY_API,
    versions: ['v1'],
    plural: 'grpcroutes',
    namespaced: true,
    family: 'Gateway API',
  },
  tlsRoute: {
    kind: 'TLSRoute',
    group: GATEWAY_API,
    versions: ['v1', 'v1alpha3', 'v1alpha2'],
    plural: 'tlsroutes',
    namespaced: true,
    family: 'Gateway API',
  },
  tcpRoute: {
    kind: 'TCPRoute',
    group: GATEWAY_API,
    versions: ['v1', 'v1alpha2'],
    plural: 'tcproutes',
    namespaced: true,
    family: 'Gateway API',
  },
  udpRoute: {
    kind: 'UDPRoute',
    group: GATEWAY_API,
    versions: ['v1', 'v1alpha2'],
    plural: 'udproutes',
    namespaced: true,
    family: 'Gateway API',
  },
  listenerSet: {
    kind: 'ListenerSet',
    group: GATEWAY_API,
    versions: ['v1'],
    plural: 'listenersets',
    namespaced: true,
    family: 'Gateway API',
  },
  backendTlsPolicy: {
    kind: 'BackendTLSPolicy',
    group: GATEWAY_API,
    versions: ['v1', 'v1alpha3'],
    plural: 'backendtlspolicies',
    namespaced: true,
    family: 'Gateway API',
  },
  referenceGrant: {
    kind: 'ReferenceGrant',
    group: GATEWAY_API,
    versions: ['v1', 'v1beta1'],
    plural: 'referencegrants',
    namespaced: true,
    family: 'Gateway API',
  },
  virtualService: {
    kind: 'VirtualService',
    group: ISTIO,
    versions: ['v1', 'v1beta1', 'v1alpha3'],
    plural: 'virtualservices',
    namespaced: true,
    family: 'Istio',
  },
  istioGateway: {
    kind: 'Gateway',
    group: ISTIO,
    versions: ['v1', 'v1beta1', 'v1alpha3'],
    plural: 'gateways',
    namespaced: true,
    family: 'Istio',
  },
  destinationRule: {
    kind: 'DestinationRule',
    group: ISTIO,
    versions: ['v1', 'v1beta1', 'v1alpha3'],
    plural: 'destinationrules',
    namespaced: true,
    family: 'Istio',
  },
  certificate: {
    kind: 'Certificate',
    group: 'cert-manager.io',
    versions: ['v1'],
    plural: 'certificates',
    namespaced: true,
    family: 'cert-manager',
  },
  secret: {
    kind: 'Secret',
    group: '',
    versions: ['v1'],
    plural: 'secrets',
    namespaced: true,
    family: 'Kubernetes',
    metadataOnly: true,
    uncheckedWithout: 'certificate Secrets not checked',
  },
} as const satisfies Record<ClusterKindName, ResourceKind>;

/** The name Portway gives a watched kind, e.g. `httpRoute`. */
export type KindName = keyof typeof resourceKinds;

/** Every watched kind's name. */
export const kindNames = Object.keys(resourceKinds) as KindName[];

/** The watched kind of an object, from its apiVersion and kind; undefined for others. */
export function kindNameOf(object: {
  apiVersion?: string;
  kind?: string;
}): KindName | undefined {
  const group = apiGroup(object.apiVersion);
  return kindNames.find(
    name =>
      resourceKinds[name].kind === object.kind &&
      resourceKinds[name].group === group,
  );
}
