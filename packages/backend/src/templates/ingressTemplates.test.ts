/*
 * migrate-ingress and remove-ingress of examples/templates run through the real scaffolder on
 * the demo backend (catalog, scaffolder, routing backend and Portway's scaffolder module) with
 * the demo catalog, the snapshot cluster `demo` and a local GitOps repository seeded from
 * examples/gitops. The demo's Ingresses: shop/checkout-legacy, which no route serves yet, and
 * shop/storefront-legacy, whose HTTPRoute is live (its manifest is in the seed).
 */
import { pathToFileURL } from 'node:url';
import { GUEST, startDemoBackend } from './__testUtils__/demoBackend';

jest.setTimeout(120_000);

const review = { ok: true, errors: 0, warnings: 0 };

const checkoutIngress = {
  cluster: 'demo',
  namespace: 'shop',
  names: ['checkout-legacy'],
};
const publicHttps = {
  namespace: 'infra',
  name: 'public',
  sectionName: 'https',
};

const migrateCheckout = {
  entityRef: 'component:default/checkout',
  ingress: checkoutIngress,
  gateway: publicHttps,
  review,
};

const STOREFRONT_FOLDER = 'clusters/demo/shop/storefront';
const STOREFRONT_INGRESS = `${STOREFRONT_FOLDER}/ingress-storefront-legacy.yaml`;

const removeStorefront = {
  entityRef: 'component:default/storefront',
  ingress: { cluster: 'demo', namespace: 'shop', names: ['storefront-legacy'] },
  review,
};

/** The request a form's values make, as the template's step passes them. */
const requestOf = (values: {
  entityRef: string;
  ingress: typeof checkoutIngress;
  gateway?: typeof publicHttps;
}) => ({
  entityRef: values.entityRef,
  cluster: values.ingress.cluster,
  namespace: values.ingress.namespace,
  ingresses: values.ingress.names,
  ...(values.gateway ? { gateway: values.gateway } : {}),
});

let demo: Awaited<ReturnType<typeof startDemoBackend>>;

beforeAll(async () => {
  demo = await startDemoBackend();
  await demo.waitForEntities([
    'template:default/migrate-ingress',
    'template:default/remove-ingress',
    'component:default/checkout',
    'component:default/storefront',
    GUEST,
  ]);
});

afterAll(async () => {
  await demo?.stop();
});

/** The files a branch changes against main, as `git diff --name-status` (status, path), sorted. */
function changedFiles(branch: string): string[][] {
  return demo.gitops
    .git('diff', '--name-status', `main...${branch}`)
    .trim()
    .split('\n')
    .map(line => line.split('\t'))
    .sort((a, b) => a[1].localeCompare(b[1]));
}

describe('migrate-ingress', () => {
  it('commits the routes the migration preflight makes of the Ingress to one branch, the report as its body, the Ingress kept', async () => {
    const preview = await demo.migrationPreflight(requestOf(migrateCheckout));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ ok: true });
    const { branchName, title, report, files, notes } = preview.body;

    const task = await demo.runTask('migrate-ingress', migrateCheckout);

    expect(task).toMatchObject({ status: 'completed' });
    const { git } = demo.gitops;
    expect(git('rev-list', '--count', `main..${branchName}`).trim()).toBe('1');
    const onMain = git('ls-tree', '-r', '--name-only', 'main').split('\n');
    expect(changedFiles(branchName)).toEqual(
      files
        .map((file: { path: string }) => [
          onMain.includes(file.path) ? 'M' : 'A',
          file.path,
        ])
        .sort((a: string[], b: string[]) => a[1].localeCompare(b[1])),
    );
    for (const file of files) {
      expect(git('show', `${branchName}:${file.path}`)).toBe(file.content);
    }
    expect(git('log', '-1', '--format=%B', branchName).trim()).toBe(
      `${title}\n\n${report}`.trim(),
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(report).toContain('checkout-legacy');
    expect(task.output).toEqual({
      links: [
        {
          title: 'Routing of the component',
          icon: 'dashboard',
          url: '/catalog/default/component/checkout/routing',
        },
        {
          title: `GitOps branch ${branchName}`,
          url: pathToFileURL(demo.gitops.path).href,
        },
      ],
      text: [
        { title: 'Migration report', content: report },
        {
          title: 'Next step',
          content: expect.stringContaining('remove-ingress'),
        },
        {
          title: 'Local GitOps branch',
          content: expect.stringContaining(
            `commit \`${git('rev-parse', branchName).trim()}\``,
          ),
        },
      ],
    });
  });

  it('records no exposure request: the hostnames stay with the live Ingress', async () => {
    expect(await demo.exposureRequests('component:default/checkout')).toEqual(
      [],
    );
  });
});

describe('remove-ingress', () => {
  it('refuses an Ingress whose routes are only requested, naming why, and opens no change', async () => {
    const values = {
      entityRef: migrateCheckout.entityRef,
      ingress: checkoutIngress,
      review,
    };
    const branchesBefore = demo.gitops.git('branch', '--list');

    const task = await demo.runTask('remove-ingress', values);

    expect(task.status).toBe('failed');
    const messages = task.messages.join('\n');
    expect(messages).toContain(
      'The Ingresses of component:default/checkout cannot be removed:\n- ingresses[0]: ',
    );
    expect(messages).toMatch(/ingresses\[0\]: .*checkout-legacy/);
    expect(demo.gitops.git('branch', '--list')).toBe(branchesBefore);
  });

  it('drops a live-migrated Ingress from kustomization.yaml and deletes its manifest in one commit', async () => {
    const preview = await demo.removalPreflight(requestOf(removeStorefront));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      ok: true,
      deletedFiles: [STOREFRONT_INGRESS],
    });
    const { branchName, report } = preview.body;

    const task = await demo.runTask('remove-ingress', removeStorefront);

    expect(task).toMatchObject({ status: 'completed' });
    const { git } = demo.gitops;
    expect(git('rev-list', '--count', `main..${branchName}`).trim()).toBe('1');
    expect(changedFiles(branchName)).toEqual([
      ['D', STOREFRONT_INGRESS],
      ['M', `${STOREFRONT_FOLDER}/kustomization.yaml`],
    ]);
    const kustomization = git(
      'show',
      `${branchName}:${STOREFRONT_FOLDER}/kustomization.yaml`,
    );
    expect(kustomization).not.toContain('ingress-storefront-legacy.yaml');
    expect(kustomization).toContain('service.yaml');
    expect(task.output?.text?.[0]).toEqual({
      title: 'Removal report',
      content: report,
    });
    expect(task.output?.links?.[1]).toEqual({
      title: `GitOps branch ${branchName}`,
      url: pathToFileURL(demo.gitops.path).href,
    });
  });
});
