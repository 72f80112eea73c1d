import {
  cartGatewayExposureRequest,
  cartMeshExposureRequest,
  storefrontExposureRequest,
} from '../testUtils';
import { parseExposureRequest } from '../validation/parseExposureRequest';
import type { ExposureRequestInput } from '../types/exposure';
import type { PreflightContext } from './types';
import { preflightExposure } from './preflightExposure';
import {
  gatewayRoute,
  ownedBy,
  service,
  testCluster,
} from './__testUtils__/testCluster';

const http = storefrontExposureRequest;
const grpcMesh: ExposureRequestInput = cartMeshExposureRequest;
const grpcGateway: ExposureRequestInput = {
  ...cartGatewayExposureRequest,
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};
const ingress: ExposureRequestInput = {
  ...http,
  type: 'ingress',
  gateway: undefined,
  ingressClassName: 'nginx',
};

function preflight(
  request: ExposureRequestInput,
  context: PreflightContext = {
    clusters: [testCluster()],
    ownsService: ownedBy(
      request.entityRef.slice(request.entityRef.lastIndexOf('/') + 1),
    ),
  },
) {
  return preflightExposure(parseExposureRequest(request), context);
}

const codes = (result: ReturnType<typeof preflight>) =>
  result.findings.map(f => `${f.severity} ${f.code} ${f.field ?? '-'}`);

describe('preflightExposure', () => {
  it('passes a request the cluster would accept, for every type, with its files', () => {
    for (const request of [http, grpcMesh, grpcGateway, ingress]) {
      const result = preflight(request);
      expect(codes(result).filter(c => c.startsWith('error'))).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.files.length).toBe(2);
    }
  });

  it('checks only the request itself when no cluster is given', () => {
    const result = preflight(http, {});
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
  });

  describe('the cluster', () => {
    it('refuses a cluster Portway does not know, naming the known ones', () => {
      const result = preflight({ ...http, cluster: 'prod-us' });
      expect(result.ok).toBe(false);
      expect(result.files).toEqual([]);
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: 'ClusterNotFound',
          field: 'cluster',
          message: expect.stringContaining('known clusters: prod-eu'),
        }),
      ]);
    });

    it('fails when the cluster cannot be read at all, since nothing can be checked', () => {
      const result = preflight(http, {
        clusters: [
          testCluster([], { state: 'error', message: 'connect ECONNREFUSED' }),
        ],
      });
      expect(codes(result)).toEqual(['error ClusterUnavailable cluster']);
      expect(result.findings[0].message).toContain('ECONNREFUSED');
    });

    it('warns with the age of the data when the cluster is stale, and still checks', () => {
      const result = preflight(http, {
        clusters: [
          testCluster([], {
            state: 'stale',
            lastSyncedAt: '2026-12-01T10:00:00Z',
          }),
        ],
        ownsService: ownedBy('storefront'),
        now: Date.parse('2026-12-01T10:05:00Z'),
      });
      expect(result.ok).toBe(true);
      expect(result.findings).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'ClusterStale',
          message: expect.stringContaining('5 min old'),
        }),
      ]);
    });

    it('warns that a cluster still syncing may miss objects', () => {
      const result = preflight(http, {
        clusters: [testCluster([], { state: 'syncing' })],
        ownsService: ownedBy('storefront'),
      });
      expect(result.ok).toBe(true);
      expect(codes(result)).toEqual(['warning ClusterSyncing cluster']);
    });

    it('refuses a mesh request on a cluster without Istio', () => {
      const result = preflight(grpcMesh, {
        clusters: [
          testCluster([], {
            message: 'Istio is not installed in cluster prod-eu',
            kinds: [
              {
                kind: 'VirtualService',
                group: 'networking.istio.io',
                state: 'not-installed',
              },
            ],
          }),
        ],
        ownsService: ownedBy('cart'),
      });
      expect(codes(result)).toContain('error KindNotServed type');
    });
  });

  describe('the Service', () => {
    it('refuses a Service that does not exist', () => {
      const result = preflight({
        ...http,
        service: { name: 'nothing', port: 8080 },
      });
      expect(codes(result)).toContain('error BackendNotFound service.name');
    });

    it('refuses a port the Service does not have, listing its ports', () => {
      const result = preflight({
        ...http,
        service: { name: 'storefront', port: 9999 },
      });
      const finding = result.findings.find(f => f.code === 'PortNotOnService');
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'service.port',
      });
      expect(finding?.message).toContain('its ports are 8080 (http)');
    });

    it("refuses another team's Service (ServiceNotOwned)", () => {
      const result = preflight({
        ...http,
        service: { name: 'payments', port: 8080 },
      });
      const finding = result.findings.find(f => f.code === 'ServiceNotOwned');
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'service.name',
      });
      expect(finding?.message).toContain(
        'labelled backstage.io/kubernetes-id=payments',
      );
    });

    it('says ownership was not checked when no entity is at hand', () => {
      const result = preflight(http, { clusters: [testCluster()] });
      expect(codes(result)).toEqual(['info OwnershipNotChecked service.name']);
    });

    it('refuses a name taken by an object of the same kind in the cluster', () => {
      const taken = gatewayRoute(
        'HTTPRoute',
        'shop',
        'storefront',
        ['old.shop.example.com'],
        'storefront',
      );
      const result = preflight(http, {
        clusters: [testCluster([taken])],
        ownsService: ownedBy('storefront'),
      });
      expect(codes(result)).toContain('error AlreadyExists name');
    });
  });

  describe('the Gateway listener', () => {
    it('refuses a Gateway that does not exist', () => {
      const result = preflight({
        ...http,
        gateway: { namespace: 'infra', name: 'private', sectionName: 'https' },
      });
      expect(codes(result)).toContain('error NoMatchingParent gateway.name');
    });

    it('refuses a listener the Gateway does not have', () => {
      const result = preflight({
        ...http,
        gateway: { namespace: 'infra', name: 'public', sectionName: 'grpc' },
      });
      const finding = result.findings.find(f => f.code === 'NoMatchingParent');
      expect(finding?.field).toBe('gateway.sectionName');
      expect(finding?.message).toContain('has no listener named grpc');
    });

    it('refuses a namespace the listener does not allow, saying which labels it wants', () => {
      const result = preflight({
        ...http,
        entityRef: 'component:default/catalog',
        namespace: 'books',
        service: { name: 'catalog', port: 8080 },
        hostnames: ['catalog.shop.example.com'],
      });
      const finding = result.findings.find(
        f => f.code === 'NotAllowedByListeners',
      );
      expect(finding?.field).toBe('gateway.sectionName');
      expect(finding?.message).toContain('gateway-access=public');
    });

    it("refuses a hostname outside the listener's", () => {
      const result = preflight({ ...http, hostnames: ['shop.example.org'] });
      const finding = result.findings.find(
        f => f.code === 'NoMatchingListenerHostname',
      );
      expect(finding?.field).toBe('hostnames');
      expect(finding?.message).toContain('*.shop.example.com');
    });

    it('refuses a GRPCRoute on a listener that takes only HTTPRoutes', () => {
      const result = preflight({
        ...grpcGateway,
        hostnames: ['web.example.com'],
        gateway: {
          namespace: 'infra',
          name: 'public',
          sectionName: 'https-web',
        },
      });
      const finding = result.findings.find(
        f => f.code === 'NotAllowedByListeners',
      );
      expect(finding?.message).toContain('only accepts HTTPRoute');
    });

    it('warns that cert-manager will not issue a certificate for a listener without certificateRefs', () => {
      const result = preflight({
        ...http,
        hostnames: ['web.example.com'],
        gateway: {
          namespace: 'infra',
          name: 'public',
          sectionName: 'https-web',
        },
      });
      expect(result.ok).toBe(true);
      expect(codes(result)).toContain(
        'warning CertificateWillNotBeIssued gateway.sectionName',
      );
    });
  });

  it("warns when the listener's Certificate is not Ready", () => {
    const certificate = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { namespace: 'infra', name: 'shop-example-com-tls' },
      spec: { secretName: 'shop-example-com-tls' },
      status: {
        conditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'Failed',
            message: 'ACME order failed',
          },
        ],
      },
    };
    const result = preflight(http, {
      clusters: [testCluster([certificate])],
      ownsService: ownedBy('storefront'),
    });
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual([
      'warning CertificateNotReady gateway.sectionName',
    ]);
    expect(result.findings[0].message).toContain('ACME order failed');
  });

  describe('hostnames', () => {
    it('refuses a hostname that a route of another entity serves, naming the route and its owner', () => {
      const books = gatewayRoute(
        'HTTPRoute',
        'books',
        'books-web',
        ['storefront.shop.example.com'],
        'books',
      );
      const result = preflight(http, {
        clusters: [testCluster([books])],
        ownsService: ownedBy('storefront'),
      });
      const finding = result.findings.find(f => f.code === 'HostnameConflict');
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'hostnames[0]',
      });
      expect(finding?.message).toContain(
        'HTTPRoute books/books-web on the same Gateway',
      );
      expect(finding?.message).toContain('backstage.io/kubernetes-id=books');
      expect(result.files).toEqual([]);
    });

    it("warns when the entity's own route serves the hostname already", () => {
      const own = gatewayRoute(
        'HTTPRoute',
        'shop',
        'storefront-old',
        ['storefront.shop.example.com'],
        'storefront',
      );
      const result = preflight(http, {
        clusters: [testCluster([own])],
        ownsService: ownedBy('storefront'),
      });
      expect(result.ok).toBe(true);
      expect(codes(result)).toEqual(['warning HostnameInUse hostnames[0]']);
    });

    it("refuses an Ingress host that another team's Ingress serves", () => {
      const vendor = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: {
          namespace: 'vendor',
          name: 'portal',
          labels: { 'backstage.io/kubernetes-id': 'vendor-portal' },
        },
        spec: {
          ingressClassName: 'nginx',
          rules: [{ host: 'storefront.shop.example.com' }],
        },
      };
      const result = preflight(ingress, {
        clusters: [testCluster([vendor])],
        ownsService: ownedBy('storefront'),
      });
      expect(codes(result)).toContain('error HostnameConflict hostnames[0]');
    });
  });

  describe('the mesh', () => {
    it('refuses a second mesh VirtualService for the host (IST0109), naming the one to extend', () => {
      const existing = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { namespace: 'shop', name: 'cart-routes' },
        spec: {
          hosts: ['cart'],
          http: [{ route: [{ destination: { host: 'cart' } }] }],
        },
      };
      const result = preflight(grpcMesh, {
        clusters: [testCluster([existing])],
        ownsService: ownedBy('cart'),
      });
      const finding = result.findings.find(f => f.code === 'IST0109');
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'service.name',
      });
      expect(finding?.message).toContain(
        'add these gRPC routes to the spec.http of shop/cart-routes',
      );
    });

    it('names the destination port, so a Service with several ports gives no IST0112', () => {
      const result = preflight(grpcMesh, {
        clusters: [
          testCluster([
            service('shop', 'cart', [
              { port: 9090, name: 'grpc' },
              { port: 9091, name: 'metrics' },
            ]),
          ]),
        ],
        ownsService: ownedBy('cart'),
      });
      expect(result.ok).toBe(true);
      expect(codes(result)).toEqual([]);
    });

    it('leaves a VirtualService for the same short name in another namespace alone', () => {
      const elsewhere = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { namespace: 'books', name: 'cart' },
        spec: { hosts: ['cart'], http: [] },
      };
      const result = preflight(grpcMesh, {
        clusters: [testCluster([elsewhere])],
        ownsService: ownedBy('cart'),
      });
      expect(result.ok).toBe(true);
    });
  });

  describe('the IngressClass', () => {
    it('refuses a class the cluster does not have, listing its classes', () => {
      const result = preflight({ ...ingress, ingressClassName: 'traefik' });
      const finding = result.findings.find(
        f => f.code === 'IngressClassNotFound',
      );
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'ingressClassName',
      });
      expect(finding?.message).toContain('its IngressClasses: nginx');
    });

    it('notes that the TLS Secret is not checked', () => {
      const result = preflight({ ...ingress, tls: { secretName: 'shop-tls' } });
      expect(result.ok).toBe(true);
      expect(codes(result)).toEqual(['info SecretNotChecked tls.secretName']);
    });
  });
});
