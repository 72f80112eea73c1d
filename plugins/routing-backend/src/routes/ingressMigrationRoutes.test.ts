import path from 'path';
import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const tempDir = useTempDirs();

/** The demo GitOps repository of the embedded default: it holds the storefront's legacy Ingress. */
const DEMO_GITOPS = path.resolve(__dirname, '../../../../examples/gitops');

async function demoGitOps() {
  const dir = await tempDir();
  return { local: { path: `${dir}/repo`, seedDirectory: DEMO_GITOPS } };
}

type BackendOptions = Parameters<typeof startBackend>[0];

const post = async (
  endpoint: string,
  body: object,
  options: BackendOptions = {},
) =>
  request(await startBackend(options))
    .post(`/api/routing/${endpoint}`)
    .send(body);

describe('POST /api/routing/ingress-migrations/preflight', () => {
  /** The demo checkout's annotated nginx Ingress, to the public Gateway's https listener. */
  const valid = {
    entityRef: 'component:default/checkout',
    cluster: 'demo',
    namespace: 'shop',
    ingresses: ['checkout-legacy'],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
  };
  const preflight = (body: object, options?: BackendOptions) =>
    post('ingress-migrations/preflight', body, options);

  it('converts the demo Ingress from the cache, with a note for each annotation not carried over', async () => {
    const response = await preflight(valid, { gitops: await demoGitOps() });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
    expect(response.body.objects).toContainEqual(
      expect.objectContaining({
        kind: 'HTTPRoute',
        spec: expect.objectContaining({
          hostnames: ['orders.shop.example.com'],
        }),
      }),
    );
    const annotations = response.body.notes.map(
      (note: { annotation?: string }) => note.annotation,
    );
    expect(annotations).toEqual(
      expect.arrayContaining([
        'nginx.ingress.kubernetes.io/rewrite-target',
        'nginx.ingress.kubernetes.io/whitelist-source-range',
        'nginx.ingress.kubernetes.io/proxy-body-size',
      ]),
    );
    expect(response.body.files).toContainEqual({
      path: 'clusters/demo/shop/checkout/kustomization.yaml',
      content: expect.stringContaining('httproute-checkout-legacy.yaml'),
    });
    expect(response.body.report).toContain('Ingress shop/checkout-legacy');
    expect(response.body.branchName).toBe(
      'portway/migrate-ingress/shop/checkout-legacy',
    );
    expect(response.body.findings).toEqual([]);
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

  it('answers a cluster Portway does not know with a finding', async () => {
    const response = await preflight({ ...valid, cluster: 'nowhere' });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'ClusterNotFound' }),
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
      deny: ['routing.entity.read'],
    });
    expect(response.status).toBe(403);
  });

  it('answers 400 naming every bad field of a malformed body', async () => {
    const response = await preflight({
      ...valid,
      entityRef: 'not a ref',
      ingresses: 'checkout-legacy',
      gateway: { namespace: 'infra' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('entityRef');
    expect(response.body.error.message).toContain('ingresses');
    expect(response.body.error.message).toContain('gateway.name');
  });
});

describe('POST /api/routing/ingress-removals/preflight', () => {
  const preflight = (body: object, options?: BackendOptions) =>
    post('ingress-removals/preflight', body, options);
  const removal = (entity: string, ingress: string) => ({
    entityRef: `component:default/${entity}`,
    cluster: 'demo',
    namespace: 'shop',
    ingresses: [ingress],
  });

  it('allows removing the storefront’s Ingress, whose route is live and Accepted, deleting its manifest', async () => {
    const response = await preflight(
      removal('storefront', 'storefront-legacy'),
      {
        gitops: await demoGitOps(),
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
    expect(response.body.deletedFiles).toEqual([
      'clusters/demo/shop/storefront/ingress-storefront-legacy.yaml',
    ]);
    const kustomization = response.body.files.find(
      (file: { path: string }) =>
        file.path === 'clusters/demo/shop/storefront/kustomization.yaml',
    );
    expect(kustomization.content).not.toContain('ingress-storefront-legacy');
  });

  it('refuses removing the checkout’s Ingress, which no route serves yet', async () => {
    const response = await preflight(removal('checkout', 'checkout-legacy'), {
      gitops: await demoGitOps(),
    });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.files).toEqual([]);
    expect(response.body.deletedFiles).toEqual([]);
    expect(response.body.findings).toContainEqual({
      severity: 'error',
      code: 'IngressNotMigrated',
      field: 'ingresses[0]',
      message: 'No Gateway API route serves orders.shop.example.com yet',
    });
  });

  it('answers a cluster Portway does not know with a finding', async () => {
    const response = await preflight({
      ...removal('storefront', 'storefront-legacy'),
      cluster: 'nowhere',
    });
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'ClusterNotFound' }),
    );
  });

  it('reports an entity the catalog does not have as an EntityNotFound finding', async () => {
    const response = await preflight(removal('nope', 'storefront-legacy'));
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(false);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ code: 'EntityNotFound', field: 'entityRef' }),
    );
  });

  it('answers 403 without routing.entity.read on the entity', async () => {
    const response = await preflight(
      removal('storefront', 'storefront-legacy'),
      {
        permission: AuthorizeResult.DENY,
      },
    );
    expect(response.status).toBe(403);
  });

  it('answers 400 naming every bad field of a malformed body', async () => {
    const response = await preflight({
      entityRef: 'component:default/storefront',
      namespace: 'shop',
      ingresses: [],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('cluster');
    expect(response.body.error.message).toContain('ingresses');
  });
});
