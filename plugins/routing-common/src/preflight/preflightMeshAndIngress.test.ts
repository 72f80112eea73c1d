import {
  codes,
  grpcMesh,
  ingress,
  preflight,
} from './__testUtils__/preflightCase';
import { ownedBy, service, testCluster } from './__testUtils__/testCluster';

describe('preflightExposure in the mesh and through an Ingress', () => {
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
