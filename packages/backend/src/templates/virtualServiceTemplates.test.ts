/*
 * convert-virtualservice of examples/templates run through the real scaffolder on the demo
 * backend (catalog, scaffolder, routing backend and Portway's scaffolder module) with the demo
 * catalog, the snapshot cluster `demo` and a local GitOps repository seeded from
 * examples/gitops. The demo's mesh VirtualService: shop/storefront-catalog-grpc, gRPC to the
 * storefront Service's h2c port.
 */
import { pathToFileURL } from 'node:url';
import { GUEST, startDemoBackend } from './__testUtils__/demoBackend';

jest.setTimeout(120_000);

const FOLDER = 'clusters/demo/shop/storefront';
const ROUTE_FILE = `${FOLDER}/grpcroute-storefront-catalog-grpc.yaml`;
const BRANCH =
  'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc';

let demo: Awaited<ReturnType<typeof startDemoBackend>>;

beforeAll(async () => {
  demo = await startDemoBackend();
  await demo.waitForEntities([
    'template:default/convert-virtualservice',
    'component:default/storefront',
    GUEST,
  ]);
});

afterAll(async () => {
  await demo?.stop();
});

const CONVERSION = {
  entityRef: 'component:default/storefront',
  cluster: 'demo',
  namespace: 'shop',
  virtualServices: ['storefront-catalog-grpc'],
};

describe('convert-virtualservice', () => {
  it("previews on the Check page what the run commits: the route's file, the merged kustomization.yaml and the notes", async () => {
    const { status, body } = await demo.conversionPreflight(CONVERSION);

    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, findings: [], branchName: BRANCH });
    expect(body.files.map((file: { path: string }) => file.path)).toEqual([
      ROUTE_FILE,
      `${FOLDER}/kustomization.yaml`,
    ]);
    expect(body.notes).toContainEqual(
      expect.objectContaining({
        object: 'VirtualService shop/storefront-catalog-grpc',
        field: 'spec.http[0].timeout',
      }),
    );
  });

  it('commits the GRPCRoute bound to the storefront Service to one branch, kustomization.yaml merged, the report as its body', async () => {
    const task = await demo.runTask('convert-virtualservice', {
      entityRef: CONVERSION.entityRef,
      virtualService: {
        cluster: 'demo',
        namespace: 'shop',
        names: CONVERSION.virtualServices,
      },
      experimental: true,
    });

    expect(task).toMatchObject({ status: 'completed' });
    const { git } = demo.gitops;
    expect(git('rev-list', '--count', `main..${BRANCH}`).trim()).toBe('1');
    expect(
      git('diff', '--name-status', `main...${BRANCH}`).trim().split('\n'),
    ).toEqual([`A\t${ROUTE_FILE}`, `M\t${FOLDER}/kustomization.yaml`]);
    const route = git('show', `${BRANCH}:${ROUTE_FILE}`);
    for (const part of [
      'apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\n',
      '  name: storefront-catalog-grpc\n  namespace: shop\n',
      'portway.dev/converted-from: VirtualService shop/storefront-catalog-grpc\n',
      '  parentRefs:\n    - group: ""\n      kind: Service\n      name: storefront\n',
      '        - method:\n            type: Exact\n            service: shop.catalog.v1.Catalog\n',
      '      backendRefs:\n        - name: storefront\n          port: 9090\n',
    ]) {
      expect(route).toContain(part);
    }
    expect(git('show', `${BRANCH}:${FOLDER}/kustomization.yaml`)).toContain(
      '  - grpcroute-storefront-catalog-grpc.yaml\n',
    );
    const [report, next, local] = task.output?.text ?? [];
    expect(report.title).toBe('Conversion report');
    expect(git('log', '-1', '--format=%B', BRANCH).trim()).toBe(
      `Convert VirtualService shop/storefront-catalog-grpc to Gateway API mesh routes (experimental)\n\n${report.content}`.trim(),
    );
    expect(report.content).toContain(`\`${ROUTE_FILE}\``);
    expect(report.content).toContain(
      '(`spec.http[0].timeout`): not carried over',
    );
    expect(next.content).toContain('The VirtualServices stay');
    expect(local.content).toContain(
      `commit \`${git('rev-parse', BRANCH).trim()}\``,
    );
    expect(task.output?.links).toEqual([
      {
        title: 'Routing of the component',
        icon: 'dashboard',
        url: '/catalog/default/component/storefront/routing',
      },
      {
        title: `GitOps branch ${BRANCH}`,
        url: pathToFileURL(demo.gitops.path).href,
      },
    ]);
  });

  it('refuses a VirtualService the component does not have, naming it, and opens no other change', async () => {
    const branchesBefore = demo.gitops.git('branch', '--list');

    const task = await demo.runTask('convert-virtualservice', {
      entityRef: CONVERSION.entityRef,
      virtualService: { cluster: 'demo', namespace: 'shop', names: ['nope'] },
      experimental: true,
    });

    expect(task.status).toBe('failed');
    expect(task.messages.join('\n')).toContain(
      'The VirtualServices of component:default/storefront cannot be converted:\n- virtualServices[0]: component:default/storefront has no VirtualService nope in namespace shop of cluster demo',
    );
    expect(demo.gitops.git('branch', '--list')).toBe(branchesBefore);
  });

  it('records no exposure request: the Services are already the component’s', async () => {
    expect(await demo.exposureRequests('component:default/storefront')).toEqual(
      [],
    );
  });
});
