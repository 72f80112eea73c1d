import {
  codes,
  grpcGateway,
  grpcMesh,
  http,
  ingress,
  preflight,
} from './__testUtils__/preflightCase';
import {
  gatewayRoute,
  ownedBy,
  testCluster,
} from './__testUtils__/testCluster';

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

    it('refuses an ExternalName Service, which would send traffic wherever its DNS name points', () => {
      const external = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: 'storefront',
          namespace: 'shop',
          labels: { 'backstage.io/kubernetes-id': 'storefront' },
        },
        spec: { type: 'ExternalName', externalName: 'shop.vendor.example' },
      };
      const result = preflight(http, {
        clusters: [testCluster([external])],
        ownsService: ownedBy('storefront'),
      });
      expect(codes(result)).toEqual(['error ExternalNameBackend service.name']);
      expect(result.findings[0].message).toContain(
        'ExternalName (shop.vendor.example)',
      );
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
});
