import type {
  CertificateView,
  ParentView,
  RouteCondition,
} from '@portway/plugin-routing-common';
import { day, fromNow, minute } from './fromNow';

/** Conditions as a controller writes them. */
export const acceptedTrue: RouteCondition = {
  type: 'Accepted',
  status: 'True',
  reason: 'Accepted',
  message: 'Route was valid',
};
export const resolvedRefsTrue: RouteCondition = {
  type: 'ResolvedRefs',
  status: 'True',
  reason: 'ResolvedRefs',
  message: 'All references resolved',
};
export const programmedTrue: RouteCondition = {
  type: 'Programmed',
  status: 'True',
  reason: 'Programmed',
  message: 'Gateway is programmed',
};

/** Every state of a listener's certificate. */
export const certificates: Record<CertificateView['state'], CertificateView> = {
  ready: {
    state: 'ready',
    secret: 'infra/public-tls',
    certificate: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    notAfter: fromNow(23 * day + 60 * minute),
    renewalTime: fromNow(-7 * day),
  },
  issuing: {
    state: 'issuing',
    secret: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
  },
  'not-ready': {
    state: 'not-ready',
    secret: 'infra/public-tls',
    certificate: 'infra/public-tls',
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    message: 'the ACME challenge for storefront.shop.example.com failed',
  },
  'will-not-issue': {
    state: 'will-not-issue',
    secret: 'infra/public-tls',
    message:
      'listener https has no hostname, so cert-manager cannot issue a certificate for it',
  },
  unmanaged: { state: 'unmanaged', secret: 'infra/public-tls' },
};

/** The shared public Gateway, its HTTPS listener, accepted and programmed. */
export const publicParent: ParentView = {
  ref: {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    namespace: 'infra',
    name: 'public',
    sectionName: 'https',
  },
  conditions: [acceptedTrue, resolvedRefsTrue],
  gatewayProgrammed: programmedTrue,
  controllerName: 'istio.io/gateway-controller',
  listeners: [
    {
      name: 'https',
      hostname: '*.shop.example.com',
      port: 443,
      protocol: 'HTTPS',
      certificates: [certificates.ready],
    },
  ],
};
