/*
 * The three exposure templates of examples/templates run through the real scaffolder: the
 * demo backend (catalog, scaffolder, routing backend and Portway's scaffolder module) with the
 * demo catalog, the snapshot cluster `demo` and a local GitOps repository in a temporary folder.
 */
import {
  exposureRequestFromForm,
  parseManifests,
} from '@portway/plugin-routing-common';
import { startDemoBackend } from './__testUtils__/demoBackend';
import { forms, otherForms, portNotOnService } from './__testUtils__/forms';

jest.setTimeout(120_000);

const TEMPLATES = ['expose-http', 'expose-grpc', 'expose-ingress'];

/** What each kind's task must commit, besides the folder's kustomization.yaml. */
const expected = {
  http: {
    branch: 'portway/expose-storefront-http-storefront-beta',
    folder: 'clusters/demo/shop/storefront',
    manifest: 'httproute-storefront-beta.yaml',
    object: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'storefront-beta', namespace: 'shop' },
      spec: {
        parentRefs: [
          expect.objectContaining({
            namespace: 'infra',
            name: 'public',
            sectionName: 'https',
          }),
        ],
        hostnames: ['beta.shop.example.com'],
      },
    },
    /** The seed's folder: its kustomization.yaml is merged, comment and Service kept. */
    resources: ['service.yaml', 'httproute-storefront-beta.yaml'],
  },
  'grpc-mesh': {
    branch: 'portway/expose-inventory-grpc-mesh-inventory',
    folder: 'clusters/demo/shop/inventory',
    manifest: 'virtualservice-inventory.yaml',
    object: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'inventory', namespace: 'shop' },
      spec: {
        hosts: ['inventory.shop.svc.cluster.local'],
        gateways: ['mesh'],
      },
    },
    resources: ['virtualservice-inventory.yaml'],
  },
  'grpc-gateway': {
    branch: 'portway/expose-inventory-grpc-gateway-inventory',
    folder: 'clusters/demo/shop/inventory',
    manifest: 'grpcroute-inventory.yaml',
    object: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GRPCRoute',
      metadata: { name: 'inventory', namespace: 'shop' },
      spec: { hostnames: ['inventory.shop.example.com'] },
    },
    resources: ['grpcroute-inventory.yaml'],
  },
  ingress: {
    branch: 'portway/expose-loyalty-ingress-loyalty',
    folder: 'clusters/demo/shop/loyalty',
    manifest: 'ingress-loyalty.yaml',
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'loyalty', namespace: 'shop' },
      spec: {
        ingressClassName: 'nginx',
        tls: [
          {
            hosts: ['loyalty.example.com'],
            secretName: 'loyalty-example-com-tls',
          },
        ],
      },
    },
    resources: ['ingress-loyalty.yaml'],
  },
};

/** The `resources` list of a kustomization.yaml, read from its `  - ` lines. */
function resourcesOf(kustomization: string): string[] {
  const lines = kustomization.split('\n');
  const start = lines.indexOf('resources:');
  const items = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+- (.+)$/.exec(line);
    if (!item) break;
    items.push(item[1]);
  }
  return items;
}

let demo: Awaited<ReturnType<typeof startDemoBackend>>;

beforeAll(async () => {
  demo = await startDemoBackend();
  await demo.waitForEntities([
    ...TEMPLATES.map(name => `template:default/${name}`),
    'component:default/storefront',
    'component:default/inventory',
    'component:default/loyalty',
    'component:default/reviews',
    'user:default/guest',
  ]);
});

afterAll(async () => {
  await demo?.stop();
});

describe('the templates’ render step', () => {
  it.each(Object.entries({ ...forms, ...otherForms }))(
    'maps the form of %s to the request exposureRequestFromForm makes',
    async (_name, { template, values }) => {
      const input = await demo.dryRunRenderInput(
        await demo.template(template),
        values,
      );

      expect(input).toEqual(exposureRequestFromForm(values));
    },
  );
});

describe('running the templates', () => {
  it.each(Object.entries(forms))(
    'puts the %s manifest and the merged kustomization.yaml on a branch of the local GitOps repository',
    async (type, { template, values }) => {
      const want = expected[type as keyof typeof expected];
      const preflight = await demo.preflight(exposureRequestFromForm(values));
      expect(preflight.body).toMatchObject({
        ok: true,
        findings: expect.any(Array),
      });

      const task = await demo.runTask(template, values);

      expect(task).toMatchObject({ status: 'completed' });
      const { git } = demo.gitops;
      expect(git('rev-list', '--count', `main..${want.branch}`).trim()).toBe(
        '1',
      );
      const changed = git('diff', '--name-only', `main...${want.branch}`)
        .trim()
        .split('\n')
        .sort();
      expect(changed).toEqual(
        [
          `${want.folder}/kustomization.yaml`,
          `${want.folder}/${want.manifest}`,
        ].sort(),
      );
      const manifest = git(
        'show',
        `${want.branch}:${want.folder}/${want.manifest}`,
      );
      expect(
        parseManifests(manifest, want.manifest).map(({ object }) => object),
      ).toMatchObject([want.object]);
      const kustomization = git(
        'show',
        `${want.branch}:${want.folder}/kustomization.yaml`,
      );
      expect(resourcesOf(kustomization)).toEqual(want.resources);
      // What was committed is exactly what the preflight said the change would commit.
      for (const file of preflight.body.files) {
        expect(git('show', `${want.branch}:${file.path}`)).toBe(file.content);
      }
    },
  );

  it('keeps the comment of the seeded kustomization.yaml it merges into', () => {
    const { branch, folder } = expected.http;
    const { git } = demo.gitops;

    expect(git('show', `${branch}:${folder}/kustomization.yaml`)).toContain(
      '# Managed with Portway',
    );
  });

  it('fails a request for a port the Service does not have, naming the field, and leaves no branch', async () => {
    const task = await demo.runTask(
      portNotOnService.template,
      portNotOnService.values,
    );

    expect(task.status).toBe('failed');
    expect(task.messages.join('\n')).toMatch(
      /service\.port: Service shop\/reviews has no port 9999/,
    );
    expect(demo.gitops.git('branch', '--list', 'portway/*reviews*')).toBe('');
  });
});
