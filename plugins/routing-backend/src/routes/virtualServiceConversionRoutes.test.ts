import path from 'path';
import request from 'supertest';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const tempDir = useTempDirs();

/** The demo GitOps repository of the embedded default. */
const DEMO_GITOPS = path.resolve(__dirname, '../../../../examples/gitops');
const FOLDER = 'clusters/demo/shop/storefront';

type BackendOptions = Parameters<typeof startBackend>[0];

async function preflight(body: object, options: BackendOptions = {}) {
  return request(await startBackend(options))
    .post('/api/routing/virtual-service-conversions/preflight')
    .send(body);
}

describe('POST /api/routing/virtual-service-conversions/preflight', () => {
  /** The demo storefront's gRPC VirtualService, bound to the mesh. */
  const valid = {
    entityRef: 'component:default/storefront',
    cluster: 'demo',
    namespace: 'shop',
    virtualServices: ['storefront-catalog-grpc'],
  };

  it('converts the demo VirtualService from the cache into a GRPCRoute bound to the Service, with its file, notes and report', async () => {
    const dir = await tempDir();
    const response = await preflight(valid, {
      gitops: { local: { path: `${dir}/repo`, seedDirectory: DEMO_GITOPS } },
    });

    expect(response.status).toBe(200);
    expect(response.body.findings).toEqual([]);
    expect(response.body.ok).toBe(true);
    expect(response.body.objects).toEqual([
      expect.objectContaining({
        kind: 'GRPCRoute',
        spec: expect.objectContaining({
          parentRefs: [{ group: '', kind: 'Service', name: 'storefront' }],
        }),
      }),
    ]);
    expect(response.body.files.map((f: { path: string }) => f.path)).toEqual([
      `${FOLDER}/grpcroute-storefront-catalog-grpc.yaml`,
      `${FOLDER}/kustomization.yaml`,
    ]);
    expect(response.body.notes).toContainEqual(
      expect.objectContaining({
        object: 'VirtualService shop/storefront-catalog-grpc',
        field: 'spec.http[0].timeout',
      }),
    );
    expect(response.body.virtualServices).toEqual([
      {
        cluster: 'demo',
        namespace: 'shop',
        name: 'storefront-catalog-grpc',
        hosts: ['storefront.shop.svc.cluster.local'],
      },
    ]);
    expect(response.body.branchName).toBe(
      'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc',
    );
    expect(response.body.report).toContain('## Mesh routes');
  });

  it('answers a cluster Portway does not know, and a VirtualService the entity does not have, with findings', async () => {
    const response = await preflight({
      ...valid,
      cluster: 'nowhere',
      virtualServices: ['nope'],
    });

    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings.map((f: { code: string }) => f.code)).toEqual(
      ['ClusterNotFound', 'VirtualServiceNotFound', 'NothingToMigrate'],
    );
  });

  it('reports an entity the catalog does not have as an EntityNotFound finding', async () => {
    const response = await preflight({
      entityRef: 'component:default/nope',
    });

    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'EntityNotFound',
        field: 'entityRef',
      }),
    ]);
  });

  it('answers 403 without routing.entity.read on the entity', async () => {
    const response = await preflight(valid, {
      deny: ['routing.entity.read'],
    });

    expect(response.status).toBe(403);
  });

  it('answers 400 naming every bad field of a malformed body', async () => {
    const response = await preflight({
      entityRef: 'not a ref',
      namespace: 'Shop',
      virtualServices: ['a', 'a'],
    });

    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toMatch(
      /^Malformed VirtualService conversion request: entityRef: .*; namespace: must be a DNS label.*; virtualServices\[1\]: "a" is named twice$/,
    );
  });
});
