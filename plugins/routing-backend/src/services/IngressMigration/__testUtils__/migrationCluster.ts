import { stringify } from 'yaml';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import { kubernetesIdLabels } from '../../../__testUtils__/kubernetesIdEntity';

const GATEWAY_API = 'gateway.networking.k8s.io/v1';

/** A cluster's shop namespace, checkout's Service and the shared Gateway infra/public (http and https). */
export const sharedObjects: KubernetesObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: 'shop',
      labels: { 'kubernetes.io/metadata.name': 'shop' },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'checkout',
      namespace: 'shop',
      labels: kubernetesIdLabels('checkout'),
    },
    spec: { ports: [{ name: 'http', port: 8080 }] },
  },
  {
    apiVersion: GATEWAY_API,
    kind: 'GatewayClass',
    metadata: { name: 'istio' },
    spec: { controllerName: 'istio.io/gateway-controller' },
  },
  {
    apiVersion: GATEWAY_API,
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'infra' },
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
          tls: { certificateRefs: [{ name: 'shop-tls' }] },
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  },
];

/** checkout's nginx Ingress for orders.shop.example.com, with annotations teams rely on. */
export const annotatedIngress: KubernetesObject = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: {
    name: 'checkout-legacy',
    namespace: 'shop',
    labels: kubernetesIdLabels('checkout'),
    annotations: {
      'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '30',
      'nginx.ingress.kubernetes.io/proxy-body-size': '8m',
    },
  },
  spec: {
    ingressClassName: 'nginx',
    tls: [{ hosts: ['orders.shop.example.com'], secretName: 'orders-tls' }],
    rules: [
      {
        host: 'orders.shop.example.com',
        http: {
          paths: [
            {
              path: '/api',
              pathType: 'Prefix',
              backend: {
                service: { name: 'checkout', port: { number: 8080 } },
              },
            },
          ],
        },
      },
    ],
  },
};

/** checkout's plain Ingress for web.shop.example.com, all of it to the Service. */
export const plainIngress: KubernetesObject = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: {
    name: 'checkout-web',
    namespace: 'shop',
    labels: kubernetesIdLabels('checkout'),
  },
  spec: {
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'web.shop.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: {
                service: { name: 'checkout', port: { number: 8080 } },
              },
            },
          ],
        },
      },
    ],
  },
};

type Verdict = 'accepted' | 'refused' | 'none';

const conditionsOf: Record<Verdict, object[] | undefined> = {
  accepted: [
    { type: 'Accepted', status: 'True', reason: 'Accepted' },
    { type: 'ResolvedRefs', status: 'True', reason: 'ResolvedRefs' },
  ],
  refused: [
    {
      type: 'Accepted',
      status: 'False',
      reason: 'NotAllowedByListeners',
      message: 'no listener allows routes from namespace shop',
    },
  ],
  none: undefined,
};

/**
 * The HTTPRoute that serves {@link plainIngress}: attached to infra/public, with the status
 * the Gateway's controller gave it (`none`: no status yet).
 */
export function plainIngressRoute(verdict: Verdict): KubernetesObject {
  const parentRef = { namespace: 'infra', name: 'public', sectionName: 'http' };
  const conditions = conditionsOf[verdict];
  return {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: {
      name: 'checkout-web',
      namespace: 'shop',
      generation: 1,
      labels: kubernetesIdLabels('checkout'),
    },
    spec: {
      parentRefs: [parentRef],
      hostnames: ['web.shop.example.com'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [{ name: 'checkout', port: 8080 }],
        },
      ],
    },
    ...(conditions
      ? {
          status: {
            parents: [
              {
                parentRef,
                controllerName: 'istio.io/gateway-controller',
                conditions: conditions.map(c => ({
                  ...c,
                  observedGeneration: 1,
                })),
              },
            ],
          },
        }
      : {}),
  };
}

/** An object as a GitOps manifest. */
export const manifest = (object: KubernetesObject) => stringify(object);
