import type { KubernetesObject } from '@portway/plugin-routing-common';
import { syntheticCluster } from '../syntheticCluster';

/** Shared Gateways of the cluster, in namespace `infra`. */
export const GATEWAYS = 50;
/** HTTPRoutes of the analyze part's cluster, each with its Service `app-<r>`. */
export const ROUTES = 30_000;
/** syntheticCluster spreads its routes and Services over namespaces `team-0`..`team-99`. */
const NAMESPACES = 100;
/** Wildcard HTTPRoutes (`*.gw<g>.example.com`) and HTTPRoutes without hostnames, per Gateway. */
const WILDCARD_ROUTES_PER_GATEWAY = 4;
const HOSTLESS_ROUTES_PER_GATEWAY = 2;
const GRPC_ROUTES = 2_000;
const INGRESSES_WITHOUT_HOST = 10;

/** The label Backstage's Kubernetes plugin selects an entity's objects by. */
export const KUBERNETES_ID = 'backstage.io/kubernetes-id';

/** Where the synthetic cluster puts the Service `app-<r>` and the Gateway its routes use. */
export function appService(r: number) {
  return {
    namespace: `team-${r % NAMESPACES}`,
    name: `app-${r}`,
    gateway: r % GATEWAYS,
  };
}

/** Services `app-<r>` with a VirtualService in the mesh, and with a legacy Ingress. */
export const hasVirtualService = (r: number) => r % 10 === 0;
export const hasIngress = (r: number) => r % 10 === 5;

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

function meshHost(r: number) {
  const { namespace, name } = appService(r);
  return `${name}.${namespace}.svc.cluster.local`;
}

/**
 * The analyze part's Service, labelled for its entity `app-<r>` (one entity per Service), with
 * an h2c port for gRPC next to its HTTP port.
 */
function labelledService(service: KubernetesObject): KubernetesObject {
  const name = service.metadata!.name!;
  return {
    ...service,
    metadata: { ...service.metadata, labels: { [KUBERNETES_ID]: name } },
    spec: {
      ports: [
        { name: 'http', port: 8080, targetPort: 8080 },
        {
          name: 'grpc',
          port: 9090,
          targetPort: 9090,
          appProtocol: 'kubernetes.io/h2c',
        },
      ],
    },
  };
}

/** The analyze part's Gateway, annotated for cert-manager, which issues its HTTPS certificate. */
function certManagedGateway(gateway: KubernetesObject): KubernetesObject {
  return {
    ...gateway,
    metadata: {
      ...gateway.metadata,
      annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' },
    },
  };
}

function certificate(g: number): KubernetesObject {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: `gw-${g}-tls`, namespace: 'infra' },
    spec: {
      secretName: `gw-${g}-tls`,
      dnsNames: [`*.gw${g}.example.com`],
      issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    },
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

function httpRoute(
  name: string,
  namespace: string,
  g: number,
  hostnames: string[],
  path: string,
  backend: string,
): KubernetesObject {
  return {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: { name, namespace },
    spec: {
      parentRefs: [
        { name: `gw-${g}`, namespace: 'infra', sectionName: 'https' },
      ],
      ...(hostnames.length ? { hostnames } : {}),
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: path } }],
          backendRefs: [{ name: backend, port: 8080 }],
        },
      ],
    },
  };
}

/**
 * Routes that widen a requested route's neighbourhood on each Gateway: some for the Gateway's
 * whole wildcard domain and some without hostnames (they take the listener's), each on its own
 * path prefix, from the Gateway's first namespace.
 */
function wideRoutes(g: number): KubernetesObject[] {
  const namespace = `team-${g}`;
  const backend = appService(g).name;
  return [
    ...Array.from({ length: WILDCARD_ROUTES_PER_GATEWAY }, (_, k) =>
      httpRoute(
        `wildcard-${g}-${k}`,
        namespace,
        g,
        [`*.gw${g}.example.com`],
        `/wildcard-${k}`,
        backend,
      ),
    ),
    ...Array.from({ length: HOSTLESS_ROUTES_PER_GATEWAY }, (_, k) =>
      httpRoute(
        `hostless-${g}-${k}`,
        namespace,
        g,
        [],
        `/hostless-${k}`,
        backend,
      ),
    ),
  ];
}

function grpcRoute(k: number): KubernetesObject {
  const { namespace, name, gateway } = appService(k);
  return {
    apiVersion: GATEWAY_API,
    kind: 'GRPCRoute',
    metadata: { name: `grpc-${k}`, namespace },
    spec: {
      parentRefs: [
        { name: `gw-${gateway}`, namespace: 'infra', sectionName: 'https' },
      ],
      hostnames: [`grpc-${k}.gw${gateway}.example.com`],
      rules: [
        {
          matches: [{ method: { service: `bench.v1.App${k}` } }],
          backendRefs: [{ name, port: 9090 }],
        },
      ],
    },
  };
}

/** A mesh VirtualService for `app-<r>`; every other one writes the Service's short host. */
function virtualService(r: number): KubernetesObject {
  const { namespace, name } = appService(r);
  const host = r % 20 === 0 ? name : meshHost(r);
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name, namespace },
    spec: {
      hosts: [host],
      gateways: ['mesh'],
      http: [
        {
          match: [{ uri: { prefix: `/bench.v1.App${r}/` } }],
          route: [{ destination: { host, port: { number: 9090 } } }],
          timeout: '10s',
        },
      ],
    },
  };
}

function ingress(r: number): KubernetesObject {
  const { namespace, name } = appService(r);
  const host = `legacy-${r}.example.com`;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace },
    spec: {
      ingressClassName: r % 3 === 0 ? 'haproxy' : 'nginx',
      ...(r % 2 ? { tls: [{ hosts: [host], secretName: `${name}-tls` }] } : {}),
      rules: [
        {
          host,
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name, port: { number: 8080 } } },
              },
            ],
          },
        },
      ],
    },
  };
}

/** An Ingress without a host (it answers every host of its class), as old set-ups have. */
function hostlessIngress(k: number): KubernetesObject {
  const { namespace, name } = appService(k * 10 + 5);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: `default-${k}`, namespace },
    spec: {
      ingressClassName: 'nginx',
      defaultBackend: { service: { name, port: { number: 8080 } } },
    },
  };
}

function ingressClass(name: string, controller: string, isDefault: boolean) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name,
      annotations: {
        'ingressclass.kubernetes.io/is-default-class': `${isDefault}`,
      },
    },
    spec: { controller },
  };
}

function namespaceObject(name: string): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
  };
}

/** Each team lets the routes of the next team send traffic to its Services. */
function referenceGrant(ns: number): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1beta1',
    kind: 'ReferenceGrant',
    metadata: { name: 'from-next-team', namespace: `team-${ns}` },
    spec: {
      from: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'HTTPRoute',
          namespace: `team-${(ns + 1) % NAMESPACES}`,
        },
      ],
      to: [{ group: '', kind: 'Service' }],
    },
  };
}

const range = (length: number) => Array.from({ length }, (_, i) => i);

/**
 * The cluster a preflight is checked against: the analyze part's 30,000 HTTPRoutes on 50
 * Gateways (now cert-manager annotated, with their Certificates and GatewayClass) and their
 * Services (labelled for one entity each, with HTTP and gRPC ports), plus wildcard and
 * hostname-less HTTPRoutes on every Gateway, GRPCRoutes, mesh VirtualServices, Ingresses (some
 * without a host), IngressClasses, ReferenceGrants and the `infra` Namespace.
 */
export function exposureCluster(): KubernetesObject[] {
  const objects = syntheticCluster(GATEWAYS, ROUTES).map(object => {
    if (object.kind === 'Service') return labelledService(object);
    if (object.kind === 'Gateway') return certManagedGateway(object);
    return object;
  });
  return [
    ...objects,
    namespaceObject('infra'),
    {
      apiVersion: GATEWAY_API,
      kind: 'GatewayClass',
      metadata: { name: 'istio' },
      spec: { controllerName: 'istio.io/gateway-controller' },
    },
    ...range(GATEWAYS).map(certificate),
    ...range(GATEWAYS).flatMap(wideRoutes),
    ...range(GRPC_ROUTES).map(grpcRoute),
    ...range(ROUTES).filter(hasVirtualService).map(virtualService),
    ...range(ROUTES).filter(hasIngress).map(ingress),
    ...range(INGRESSES_WITHOUT_HOST).map(hostlessIngress),
    ingressClass('nginx', 'k8s.io/ingress-nginx', true),
    ingressClass('haproxy', 'haproxy.org/ingress-controller', false),
    ingressClass('traefik', 'traefik.io/ingress-controller', false),
    ...range(NAMESPACES).map(referenceGrant),
  ];
}
