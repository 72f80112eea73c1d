/*
 * The three exposure templates of examples/templates run through the real scaffolder: the
 * demo backend (catalog, scaffolder, routing backend and Portway's scaffolder module) with the
 * demo catalog, the snapshot cluster `demo` and a local GitOps repository in a temporary folder.
 */
import { pathToFileURL } from 'node:url';
import {
  exposureRequestFromForm,
  parseManifests,
} from '@portway/plugin-routing-common';
import {
  FinishedTask,
  GUEST,
  startDemoBackend,
} from './__testUtils__/demoBackend';
import {
  forms,
  meshRouteForm,
  otherForms,
  portNotOnService,
} from './__testUtils__/forms';

jest.setTimeout(120_000);

const TEMPLATES = ['expose-http', 'expose-grpc', 'expose-ingress'];

/**
 * What each kind's task must commit (besides the folder's kustomization.yaml), and the
 * entity's Routing tab its output links to.
 */
const expected = {
  http: {
    routingPath: '/catalog/default/component/storefront/routing',
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
    /** The seed's folder: its kustomization.yaml is merged, comment, Service and legacy Ingress kept. */
    resources: [
      'service.yaml',
      'ingress-storefront-legacy.yaml',
      'httproute-storefront-beta.yaml',
    ],
  },
  'grpc-mesh': {
    routingPath: '/catalog/default/component/inventory/routing',
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
    routingPath: '/catalog/default/component/inventory/routing',
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
    routingPath: '/catalog/default/component/loyalty/routing',
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

describe('expose-grpc through the Gateway API mesh (experimental)', () => {
  it('is refused by the render step while routing.exposure.policy.gatewayApiMeshRoutes is off', async () => {
    await expect(
      demo.dryRunRenderInput(
        await demo.template(meshRouteForm.template),
        meshRouteForm.values,
      ),
    ).rejects.toThrow(
      'type: Gateway API mesh routes (grpc-mesh-route) are experimental and not enabled here: set routing.exposure.policy.gatewayApiMeshRoutes to true',
    );
  });

  it('asks the preflight for a GRPCRoute bound to the Service, dropping the Istio-only answers', async () => {
    const request = exposureRequestFromForm(meshRouteForm.values);
    expect(request).not.toHaveProperty('timeout');
    const preflight = await demo.preflight(request);
    expect(preflight.body.findings).toContainEqual(
      expect.objectContaining({ code: 'MeshRoutesNotEnabled', field: 'type' }),
    );
  });
});

describe('running the templates', () => {
  /** Each kind's task output, kept for the tests after the one that runs it. */
  const outputs: Record<string, FinishedTask['output']> = {};

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
      outputs[type] = task.output;

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

  it.each(Object.entries(forms))(
    'records the %s request with the routing backend, open with its branch and commit, and says so in the output',
    async (type, { values }) => {
      const want = expected[type as keyof typeof expected];
      const commitSha = demo.gitops.git('rev-parse', want.branch).trim();

      const requests = await demo.exposureRequests(values.entityRef);

      const recorded = requests.filter(r => r.branchName === want.branch);
      expect(recorded).toEqual([
        expect.objectContaining({
          type,
          state: 'open',
          provider: 'local',
          branchName: want.branch,
          commitSha,
          createdBy: GUEST,
        }),
      ]);
      expect(outputs[type]).toEqual({
        links: [
          {
            title: 'Routing of the component',
            icon: 'dashboard',
            url: want.routingPath,
          },
          {
            title: `GitOps branch ${want.branch}`,
            url: pathToFileURL(demo.gitops.path).href,
          },
        ],
        text: [
          {
            title: 'Exposure requested',
            content: expect.stringContaining(
              `Portway exposure request for \`${values.entityRef}\``,
            ),
          },
          {
            title: 'Exposure request',
            content: `Request \`${recorded[0].id}\` is \`open\`. The component's Routing tab follows it from the change to live.`,
          },
          {
            title: 'Local GitOps branch',
            content: `Branch \`${want.branch}\` of the local GitOps repository \`${demo.gitops.path}\`, commit \`${commitSha}\`. Merge it into \`main\` to apply the change.`,
          },
        ],
      });
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
    expect(await demo.exposureRequests('component:default/reviews')).toEqual(
      [],
    );
  });

  it('refuses a hostname that another request holds, naming that request, and opens no change for it', async () => {
    const { template, values } = forms.http;
    const [holder] = await demo.exposureRequests(values.entityRef);

    const task = await demo.runTask(template, {
      ...values,
      name: 'storefront-gamma',
    });

    expect(task.status).toBe('failed');
    expect(task.messages.join('\n')).toContain(
      `beta.shop.example.com is reserved by exposure request ${holder.id} of component:default/storefront`,
    );
    expect(
      demo.gitops.git('branch', '--list', 'portway/*storefront-gamma'),
    ).toBe('');
    expect(await demo.exposureRequests(values.entityRef)).toEqual([holder]);
  });
});
