import {
  codes,
  grpcGateway,
  http,
  ingress,
  preflight,
} from './__testUtils__/preflightCase';
import {
  gatewayRoute,
  ownedBy,
  testCluster,
} from './__testUtils__/testCluster';

describe('preflightExposure of a route on a Gateway', () => {
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
});
