import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import {
  SEED_SERVICE,
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const tempDir = useTempDirs();

describe('POST /api/routing/exposure/preflight', () => {
  /** A new route for the storefront: the demo cluster has a route `storefront` already. */
  const valid = {
    ...storefrontExposureRequest,
    cluster: 'demo',
    name: 'storefront-next',
    hostnames: ['next.shop.example.com'],
  };
  const preflight = async (
    body: object,
    options: Parameters<typeof startBackend>[0] = {},
  ) =>
    request(await startBackend(options))
      .post('/api/routing/exposure/preflight')
      .send(body);

  /** A local GitOps repository seeded with the storefront's kustomization.yaml and Service. */
  async function seededGitOps() {
    const dir = await tempDir();
    await writeFiles(`${dir}/seed`, {
      'clusters/demo/shop/storefront/kustomization.yaml':
        'resources:\n  - service.yaml # the Service\n',
      'clusters/demo/shop/storefront/service.yaml': SEED_SERVICE,
    });
    return { local: { path: `${dir}/repo`, seedDirectory: `${dir}/seed` } };
  }

  it('checks a valid request against the demo cluster and merges the folder’s kustomization.yaml', async () => {
    const response = await preflight(valid, { gitops: await seededGitOps() });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
    const files: Array<{ path: string; content: string }> = response.body.files;
    expect(files.map(f => f.path)).toEqual([
      'clusters/demo/shop/storefront/httproute-storefront-next.yaml',
      'clusters/demo/shop/storefront/kustomization.yaml',
    ]);
    expect(files[1].content).toContain('- service.yaml # the Service');
    expect(files[1].content).toContain('- httproute-storefront-next.yaml');
    expect(response.body.findings).not.toContainEqual(
      expect.objectContaining({ code: 'GitOpsUnavailable' }),
    );
  });

  it('warns that the GitOps folder could not be read without failing the preflight', async () => {
    const response = await preflight(valid);
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'GitOpsUnavailable',
      }),
    );
  });

  it('finds a port that the cached Service does not have', async () => {
    const response = await preflight({
      ...valid,
      service: { name: 'storefront', port: 9999 },
    });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.files).toEqual([]);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'PortNotOnService',
        field: 'service.port',
      }),
    );
  });

  it('returns error findings naming the field for invalid values', async () => {
    const response = await preflight({
      ...valid,
      hostnames: ['Bad_Host'],
      service: { name: 'storefront', port: 70000 },
    });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.files).toEqual([]);
    expect(response.body.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'InvalidHostname',
          field: 'hostnames[0]',
        }),
        expect.objectContaining({ code: 'InvalidPort', field: 'service.port' }),
      ]),
    );
  });

  it('reports an entity the catalog does not have as an EntityNotFound finding', async () => {
    const response = await preflight({
      ...valid,
      entityRef: 'component:default/nope',
    });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'EntityNotFound',
        field: 'entityRef',
      }),
    );
  });

  it('answers 403 without routing.entity.read on the entity', async () => {
    const response = await preflight(valid, {
      permission: AuthorizeResult.DENY,
    });
    expect(response.status).toBe(403);
  });

  it('answers 400 with the field named for a malformed body', async () => {
    const response = await preflight({
      ...valid,
      service: { name: 'storefront', port: 'http' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('service.port');
  });
});
