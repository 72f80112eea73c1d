import { parse } from 'yaml';
import { codes, grpcMesh, preflight } from './__testUtils__/preflightCase';
import { ownedBy, testCluster } from './__testUtils__/testCluster';

const meshRoute = { ...grpcMesh, type: 'grpc-mesh-route' as const };
const enabled = { gatewayApiMeshRoutes: true };
const inCluster = (policy?: object, objects: object[] = []) => ({
  clusters: [testCluster(objects as any)],
  ownsService: ownedBy('cart'),
  ...(policy ? { policy } : {}),
});

describe('preflightExposure of a Gateway API mesh route (grpc-mesh-route, experimental)', () => {
  it('is refused while the policy does not enable it, saying how to', () => {
    const result = preflight(meshRoute, inCluster());
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(codes(result)).toContain('error MeshRoutesNotEnabled type');
    expect(result.findings[0].message).toContain(
      'set routing.exposure.policy.gatewayApiMeshRoutes to true',
    );
  });

  it('renders a GRPCRoute bound to the Service when enabled, marked experimental', () => {
    const result = preflight(meshRoute, inCluster(enabled));
    expect(codes(result)).toEqual(['info MeshRoutingExperimental type']);
    expect(result.ok).toBe(true);
    const route = parse(
      result.files.find(f => f.path.includes('grpcroute-'))!.content,
    );
    expect(route.kind).toBe('GRPCRoute');
    expect(route.metadata.namespace).toBe(grpcMesh.namespace);
    expect(route.spec.parentRefs).toEqual([
      { group: '', kind: 'Service', name: 'cart', port: grpcMesh.service.port },
    ]);
    expect(route.spec.hostnames).toBeUndefined();
    expect(route.spec.rules[0].backendRefs).toEqual([
      { kind: 'Service', name: 'cart', port: grpcMesh.service.port },
    ]);
  });

  it('refuses the Istio-only timeout and retries fields', () => {
    const result = preflight(
      { ...meshRoute, timeout: '5s' },
      inCluster(enabled),
    );
    expect(codes(result)).toContain('error FieldNotUsed timeout');
  });

  it('warns when a mesh VirtualService routes the same Service', () => {
    const existing = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { namespace: 'shop', name: 'cart-routes' },
      spec: {
        hosts: ['cart'],
        http: [{ route: [{ destination: { host: 'cart' } }] }],
      },
    };
    const result = preflight(meshRoute, inCluster(enabled, [existing]));
    expect(result.ok).toBe(true);
    expect(codes(result)).toContain(
      'warning ServiceClaimedByVirtualService service.name',
    );
  });
});
