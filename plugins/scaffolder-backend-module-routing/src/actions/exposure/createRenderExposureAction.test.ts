import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  exposureRequestSchema,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import { GitOpsRepository } from '@portway/plugin-routing-node';
import {
  createSeededLocalRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import { listFiles, storefrontRequest } from '../../__testUtils__/fixtures';
import { createRenderExposureAction } from './createRenderExposureAction';

const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

function allowAll() {
  return mockServices.permissions.mock({
    authorize: jest.fn(async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    ),
  });
}

describe('routing:exposure:render', () => {
  const tempDir = useTempDirs();

  async function setUp(permissions = allowAll()) {
    const dir = await tempDir();
    const gitops = await createSeededLocalRepository(dir);
    const workspacePath = path.join(dir, 'workspace');
    await fs.mkdir(workspacePath);
    const action = createRenderExposureAction({ gitops, permissions });
    const run = async (input: object) => {
      const ctx = createMockActionContext({
        input: input as any,
        workspacePath,
      });
      await action.handler(ctx);
      return ctx;
    };
    return { gitops, workspacePath, permissions, run };
  }

  it('writes the HTTPRoute and the merged kustomization.yaml into the workspace', async () => {
    const { workspacePath, run } = await setUp();

    await run(storefrontRequest);

    expect(await listFiles(workspacePath)).toEqual([
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
    ]);
    const route = parse(
      await fs.readFile(path.join(workspacePath, ROUTE_FILE), 'utf8'),
    );
    expect(route).toMatchObject({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'storefront', namespace: 'shop' },
      spec: {
        parentRefs: [
          { namespace: 'infra', name: 'public', sectionName: 'https' },
        ],
        hostnames: ['storefront.shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [{ name: 'storefront', port: 8080 }],
          },
        ],
      },
    });
    const kustomization = await fs.readFile(
      path.join(workspacePath, KUSTOMIZATION_FILE),
      'utf8',
    );
    expect(kustomization).toContain('# keep this comment');
    expect(parse(kustomization).resources).toEqual([
      'service.yaml',
      'httproute-storefront.yaml',
    ]);
  });

  it('outputs the files, branch, pull request text and where the change goes', async () => {
    const { run } = await setUp();

    const ctx = await run(storefrontRequest);

    const output = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(output).toMatchObject({
      files: [ROUTE_FILE, KUSTOMIZATION_FILE],
      folder: STOREFRONT_FOLDER,
      branchName: 'portway/expose-storefront-storefront',
      title: 'Expose storefront over HTTP',
      routingPath: '/catalog/default/component/storefront/routing',
      gitops: { provider: 'local', baseBranch: 'main' },
      findings: [],
    });
    expect(output.description).toContain('`storefront.shop.example.com`');
    expect(output.description).toContain('`infra/public`, listener `https`');
  });

  it('applies the request defaults: type http and one PathPrefix "/"', async () => {
    const { workspacePath, run } = await setUp();
    const { type, paths, ...withoutDefaults } = storefrontRequest;

    await run(withoutDefaults);

    const route = parse(
      await fs.readFile(path.join(workspacePath, ROUTE_FILE), 'utf8'),
    );
    expect(route.spec.rules[0].matches).toEqual([
      { path: { type: 'PathPrefix', value: '/' } },
    ]);
  });

  it.each([
    ['hostnames[0]', { hostnames: ['Storefront.Example.com'] }],
    ['paths[0].value', { paths: [{ type: 'PathPrefix', value: 'no-slash' }] }],
    ['service.port', { service: { name: 'storefront', port: 70000 } }],
  ])(
    'refuses an invalid %s with an InputError naming the field and writes nothing',
    async (field, change) => {
      const { workspacePath, run } = await setUp();

      await expect(
        run({ ...storefrontRequest, ...change }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining(`- ${field} `),
      });
      expect(await listFiles(workspacePath)).toEqual([]);
    },
  );

  it('lists every error finding at once', async () => {
    const { run } = await setUp();

    const error = await run({
      ...storefrontRequest,
      hostnames: ['bad_host'],
      service: { name: 'storefront', port: 0 },
    }).catch(e => e);

    expect(error.message).toMatch(/hostnames\[0\] /);
    expect(error.message).toMatch(/service\.port /);
  });

  it('refuses a malformed request with an InputError naming the field', async () => {
    const { workspacePath, run } = await setUp();

    await expect(
      run({
        ...storefrontRequest,
        service: { name: 'storefront', port: 'http' },
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('service.port'),
    });
    expect(await listFiles(workspacePath)).toEqual([]);
  });

  it('refuses to replace a manifest that the GitOps repository already has and writes nothing', async () => {
    const dir = await tempDir();
    const gitops: GitOpsRepository = {
      target: { provider: 'local', baseBranch: 'main' },
      readFolder: async () => ({
        'httproute-storefront.yaml': 'kind: HTTPRoute\n',
      }),
      listPendingChanges: async () => [],
    };
    const action = createRenderExposureAction({
      gitops,
      permissions: allowAll(),
    });

    await expect(
      action.handler(
        createMockActionContext({
          input: storefrontRequest,
          workspacePath: dir,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`${ROUTE_FILE} already exists`),
    });
    expect(await listFiles(dir)).toEqual([]);
  });

  it('asks for routing.exposure.create on the entity with the initiator credentials', async () => {
    const { permissions, run } = await setUp();

    await run(storefrontRequest);

    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: routingExposureCreatePermission,
          resourceRef: 'component:default/storefront',
        },
      ],
      { credentials: mockCredentials.user() },
    );
  });

  it('throws NotAllowedError when permission is denied and neither reads the repository nor writes anything', async () => {
    const dir = await tempDir();
    const readFolder = jest.fn(async () => ({}));
    const gitops: GitOpsRepository = {
      target: { provider: 'local', baseBranch: 'main' },
      readFolder,
      listPendingChanges: async () => [],
    };
    const action = createRenderExposureAction({
      gitops,
      permissions: mockServices.permissions.mock({
        authorize: jest.fn(async () => [{ result: AuthorizeResult.DENY }]),
      }),
    });

    await expect(
      action.handler(
        createMockActionContext({
          input: storefrontRequest,
          workspacePath: dir,
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(readFolder).not.toHaveBeenCalled();
    expect(await listFiles(dir)).toEqual([]);
  });

  it('merges with the files a forge repository holds and outputs the forge for the publish step', async () => {
    const dir = await tempDir();
    const gitops: GitOpsRepository = {
      target: {
        provider: 'github',
        repoUrl: 'github.com?owner=acme&repo=gitops',
        baseBranch: 'main',
      },
      readFolder: async () => ({
        'kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      }),
      listPendingChanges: async () => [],
    };
    const ctx = createMockActionContext({
      input: storefrontRequest,
      workspacePath: dir,
    });

    await createRenderExposureAction({
      gitops,
      permissions: allowAll(),
    }).handler(ctx);

    expect(ctx.output).toHaveBeenCalledWith('gitops', gitops.target);
    const kustomization = parse(
      await fs.readFile(path.join(dir, KUSTOMIZATION_FILE), 'utf8'),
    );
    expect(kustomization.resources).toEqual([
      'deployment.yaml',
      'httproute-storefront.yaml',
    ]);
  });

  it('names the manifest and the branch after the requested route name', async () => {
    const { workspacePath, run } = await setUp();

    const ctx = await run({ ...storefrontRequest, name: 'storefront-public' });

    expect(await listFiles(workspacePath)).toEqual([
      `${STOREFRONT_FOLDER}/httproute-storefront-public.yaml`,
      KUSTOMIZATION_FILE,
    ]);
    expect(ctx.output).toHaveBeenCalledWith(
      'branchName',
      'portway/expose-storefront-storefront-public',
    );
  });

  it('declares an input for every field of the common exposure request schema', () => {
    const action = createRenderExposureAction({
      gitops: {
        target: { provider: 'local', baseBranch: 'main' },
        readFolder: async () => ({}),
        listPendingChanges: async () => [],
      },
      permissions: allowAll(),
    });

    expect(
      Object.keys((action.schema?.input as any).properties).sort(),
    ).toEqual(Object.keys(exposureRequestSchema.shape).sort());
  });
});
