import {
  catalogVirtualService,
  faultyVirtualService,
  gatewayVirtualService,
  sourcesWith,
} from './__testUtils__/meshSources';
import { convertEntityVirtualServices } from './convertEntityVirtualServices';

const entityRef = 'component:default/storefront';

describe('convertEntityVirtualServices', () => {
  it("makes a GRPCRoute bound to the Service of a gRPC VirtualService, labelled for the entity, with the converter's notes", () => {
    const conversion = convertEntityVirtualServices(sourcesWith(), {
      entityRef,
    });

    expect(conversion.findings).toEqual([]);
    const [demo] = conversion.clusters;
    expect(demo.cluster).toBe('demo');
    expect(demo.virtualServices).toEqual([catalogVirtualService]);
    expect(demo.routes).toEqual([
      expect.objectContaining({
        kind: 'GRPCRoute',
        metadata: expect.objectContaining({
          name: 'storefront-catalog-grpc',
          namespace: 'shop',
          labels: {
            'backstage.io/kubernetes-id': 'storefront',
            'app.kubernetes.io/managed-by': 'portway',
          },
          annotations: expect.objectContaining({
            'portway.dev/entity-ref': entityRef,
            'portway.dev/experimental': expect.any(String),
          }),
        }),
        spec: expect.objectContaining({
          parentRefs: [{ group: '', kind: 'Service', name: 'storefront' }],
        }),
      }),
    ]);
    expect(demo.notes).toContainEqual(
      expect.objectContaining({
        object: 'VirtualService shop/storefront-catalog-grpc',
        field: 'spec.http[0].timeout',
        level: 'warning',
      }),
    );
  });

  it('leaves the VirtualServices of Istio ingress Gateways out, saying so', () => {
    const conversion = convertEntityVirtualServices(
      sourcesWith([catalogVirtualService, gatewayVirtualService]),
      { entityRef },
    );

    expect(conversion.clusters[0].virtualServices).toEqual([
      catalogVirtualService,
    ]);
    expect(conversion.findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'NotBoundToMesh',
        message: expect.stringContaining(
          'VirtualService shop/storefront-edge is bound to Istio Gateways (infra/public)',
        ),
      }),
    ]);
  });

  it('converts only the VirtualServices named, and refuses a name the entity does not have where the request looks', () => {
    const conversion = convertEntityVirtualServices(
      sourcesWith([catalogVirtualService, faultyVirtualService]),
      {
        entityRef,
        cluster: 'demo',
        namespace: 'shop',
        virtualServices: ['storefront-web', 'nope'],
      },
    );

    expect(conversion.clusters[0].virtualServices).toEqual([
      faultyVirtualService,
    ]);
    expect(conversion.findings).toEqual([
      {
        severity: 'error',
        code: 'VirtualServiceNotFound',
        field: 'virtualServices[1]',
        message: `${entityRef} has no VirtualService nope in namespace shop of cluster demo`,
      },
    ]);
  });

  it("converts only the namespace's VirtualServices when the request names one", () => {
    const conversion = convertEntityVirtualServices(
      sourcesWith([catalogVirtualService, faultyVirtualService]),
      { entityRef, namespace: 'books' },
    );

    expect(conversion.clusters).toEqual([]);
    expect(conversion.findings).toEqual([
      {
        severity: 'error',
        code: 'NothingToMigrate',
        field: 'virtualServices',
        message: `${entityRef} has no mesh VirtualService in namespace books to convert`,
      },
    ]);
  });

  it('makes error notes MigrationIncomplete warnings while other routes come out', () => {
    const unresolvable = {
      ...faultyVirtualService,
      metadata: { name: 'elsewhere', namespace: 'shop' },
      spec: { ...faultyVirtualService.spec, hosts: ['api.example.com'] },
    };

    const conversion = convertEntityVirtualServices(
      sourcesWith([catalogVirtualService, unresolvable]),
      { entityRef },
    );

    expect(conversion.clusters[0].routes).toHaveLength(1);
    expect(conversion.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'MigrationIncomplete',
        message: expect.stringMatching(
          /^VirtualService shop\/elsewhere \(spec\.hosts\) is not fully carried over: /,
        ),
      }),
    ]);
  });

  it('refuses with NothingToMigrate when the entity has no mesh VirtualService, or none converts', () => {
    const none = convertEntityVirtualServices([], { entityRef });
    const withoutRoutes = convertEntityVirtualServices(
      sourcesWith([{ ...catalogVirtualService, spec: { hosts: ['x'] } }]),
      { entityRef },
    );

    expect(none.findings).toEqual([
      {
        severity: 'error',
        code: 'NothingToMigrate',
        field: 'virtualServices',
        message: `${entityRef} has no mesh VirtualService to convert`,
      },
    ]);
    expect(withoutRoutes.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'NothingToMigrate',
        message: expect.stringContaining(
          'the converter made no mesh route of storefront-catalog-grpc (VirtualService shop/storefront-catalog-grpc: not converted: the VirtualService has no http routes',
        ),
      }),
    ]);
  });
});
