import { clusterLookups } from './clusterLookups';
import {
  gatewayRouteView,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { gatewayLookup } from './clusterLookups';
import { withListenerCertificates } from './withListenerCertificates';

const publicGateway: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: {
    name: 'public',
    namespace: 'infra',
    annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' },
  },
  spec: {
    gatewayClassName: 'istio',
    listeners: [
      { name: 'http', port: 80, protocol: 'HTTP' },
      {
        name: 'https',
        port: 443,
        protocol: 'HTTPS',
        hostname: '*.shop.example.com',
        tls: { certificateRefs: [{ name: 'shop-tls' }] },
      },
    ],
  },
};

const shopCertificate: KubernetesObject = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'shop-tls', namespace: 'infra' },
  spec: { secretName: 'shop-tls' },
  status: {
    conditions: [{ type: 'Ready', status: 'True' }],
    notAfter: '2027-02-01T00:00:00Z',
  },
};

function routeTo(parentRefs: object[]): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'storefront', namespace: 'shop' },
    spec: { parentRefs, hostnames: ['www.shop.example.com'] },
  };
}

function viewIn(
  cache: ReturnType<typeof clusterWith>,
  route: KubernetesObject,
) {
  return gatewayRouteView(route, {
    cluster: cache.name,
    gateways: gatewayLookup(cache),
    matchedBy: 'label',
  });
}

describe('withListenerCertificates', () => {
  it('puts the certificate on the HTTPS listener and none on the HTTP one', () => {
    const cache = clusterWith('prod', [publicGateway, shopCertificate]);
    const route = routeTo([{ name: 'public', namespace: 'infra' }]);
    const view = withListenerCertificates(
      viewIn(cache, route),
      clusterLookups(cache),
    );
    expect(view.parents[0].listeners).toEqual([
      { name: 'http', port: 80, protocol: 'HTTP' },
      {
        name: 'https',
        hostname: '*.shop.example.com',
        port: 443,
        protocol: 'HTTPS',
        certificates: [
          {
            state: 'ready',
            secret: 'infra/shop-tls',
            certificate: 'infra/shop-tls',
            issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
            notAfter: '2027-02-01T00:00:00Z',
          },
        ],
      },
    ]);
  });

  it('leaves a view whose parents have no TLS listener as it is', () => {
    const cache = clusterWith('prod', [publicGateway, shopCertificate]);
    const view = viewIn(
      cache,
      routeTo([{ name: 'public', namespace: 'infra', sectionName: 'http' }]),
    );
    expect(withListenerCertificates(view, clusterLookups(cache))).toBe(view);
  });
});
