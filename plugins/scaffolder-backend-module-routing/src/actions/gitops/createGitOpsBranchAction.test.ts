import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  createSeededLocalRepository,
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { checkpointStore } from '../../__testUtils__/checkpoints';
import { permissionsThat } from '../../__testUtils__/permissions';
import { createGitOpsBranchAction } from './createGitOpsBranchAction';

const BRANCH = 'portway/expose-storefront-storefront';
const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

describe('routing:gitops:branch', () => {
  const tempDir = useTempDirs();

  async function setUp() {
    const dir = await tempDir();
    const gitops = await createSeededLocalRepository(dir);
    await gitops.readFolder(STOREFRONT_FOLDER);
    const workspacePath = path.join(dir, 'workspace');
    await writeFiles(workspacePath, {
      [ROUTE_FILE]: 'kind: HTTPRoute\n',
      [KUSTOMIZATION_FILE]:
        'resources:\n  - service.yaml\n  - httproute-storefront.yaml\n',
    });
    const input = {
      entityRef: 'component:default/storefront',
      sourcePath: '.',
      branchName: BRANCH,
      title: 'Expose storefront over HTTP',
      description: 'Hostnames: storefront.shop.example.com',
    };
    return {
      gitops,
      workspacePath,
      input,
      action: createGitOpsBranchAction({
        gitops,
        permissions: permissionsThat(AuthorizeResult.ALLOW),
      }),
    };
  }

  it('refuses an initiator who may not request exposure of the entity, and creates no branch', async () => {
    const { gitops, workspacePath, input } = await setUp();
    const action = createGitOpsBranchAction({
      gitops,
      permissions: permissionsThat(AuthorizeResult.DENY),
    });

    await expect(
      action.handler(createMockActionContext({ input, workspacePath })),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringContaining('routing.exposure.create'),
    });
    expect(await inspectRepository(gitops.path).branches()).toEqual(['main']);
  });

  it('commits the workspace files to a new branch: one commit on the base head, old files kept', async () => {
    const { gitops, workspacePath, input, action } = await setUp();
    const repo = inspectRepository(gitops.path);
    const baseHead = await repo.head('main');
    const ctx = createMockActionContext({ input, workspacePath });

    await action.handler(ctx);

    const [commit, ...older] = await repo.log(BRANCH);
    expect(older.map(c => c.oid)).toEqual([baseHead]);
    expect(commit.commit.parent).toEqual([baseHead]);
    expect(commit.commit.message).toBe(
      'Expose storefront over HTTP\n\nHostnames: storefront.shop.example.com\n',
    );
    expect(commit.commit.author).toMatchObject({
      name: 'Test',
      email: 'test@example.com',
    });
    expect(await repo.files(BRANCH)).toEqual([
      'README.md',
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    expect(await repo.read(BRANCH, KUSTOMIZATION_FILE)).toContain(
      'httproute-storefront.yaml',
    );
    expect(await repo.head('main')).toBe(baseHead);
    expect(ctx.output).toHaveBeenCalledWith('branchName', BRANCH);
    expect(ctx.output).toHaveBeenCalledWith('commitSha', commit.oid);
    expect(ctx.output).toHaveBeenCalledWith('repositoryPath', gitops.path);
    expect(ctx.output).toHaveBeenCalledWith(
      'remoteUrl',
      pathToFileURL(gitops.path).href,
    );
  });

  it('does not commit twice when a retried task runs the step again', async () => {
    const { gitops, workspacePath, input, action } = await setUp();
    const checkpoint = checkpointStore();
    const first = {
      ...createMockActionContext({ input, workspacePath }),
      checkpoint,
    };
    const retry = {
      ...createMockActionContext({ input, workspacePath }),
      checkpoint,
    };

    await action.handler(first);
    await action.handler(retry);

    const log = await inspectRepository(gitops.path).log(BRANCH);
    expect(log).toHaveLength(2);
    expect(retry.output).toHaveBeenCalledWith('commitSha', log[0].oid);
  });

  it('refuses a branch that already exists when it is a new task', async () => {
    const { workspacePath, input, action } = await setUp();
    await action.handler(createMockActionContext({ input, workspacePath }));

    await expect(
      action.handler(createMockActionContext({ input, workspacePath })),
    ).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('commits only the files below sourcePath, at their paths relative to it', async () => {
    const { gitops, workspacePath, input, action } = await setUp();
    await writeFiles(workspacePath, {
      'gitops/clusters/demo/extra.yaml': 'extra\n',
    });

    await action.handler(
      createMockActionContext({
        input: { ...input, sourcePath: 'gitops' },
        workspacePath,
      }),
    );

    expect(await inspectRepository(gitops.path).files(BRANCH)).toEqual([
      'README.md',
      'clusters/demo/extra.yaml',
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
  });

  it('refuses a sourcePath outside the workspace', async () => {
    const { workspacePath, input, action } = await setUp();

    await expect(
      action.handler(
        createMockActionContext({
          input: { ...input, sourcePath: '../seed' },
          workspacePath,
        }),
      ),
    ).rejects.toThrow(/outside/i);
  });

  it('refuses an empty workspace and creates no branch', async () => {
    const { gitops, input, action } = await setUp();
    const empty = await tempDir();

    await expect(
      action.handler(createMockActionContext({ input, workspacePath: empty })),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('Nothing to commit'),
    });
    expect(await inspectRepository(gitops.path).branches()).toEqual(['main']);
  });

  it('explains that a forge needs its publish action instead', async () => {
    const workspacePath = await tempDir();
    await fs.writeFile(path.join(workspacePath, 'file.yaml'), 'x\n');
    const action = createGitOpsBranchAction({
      gitops: {
        target: {
          provider: 'gitlab',
          repoUrl: 'gitlab.com?owner=a&repo=b',
          baseBranch: 'main',
        },
        readFolder: async () => ({}),
        listPendingChanges: async () => [],
      },
      permissions: permissionsThat(AuthorizeResult.ALLOW),
    });

    await expect(
      action.handler(
        createMockActionContext({
          input: {
            entityRef: 'component:default/storefront',
            branchName: BRANCH,
            title: 'x',
          },
          workspacePath,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('use publish:gitlab:* instead'),
    });
  });
});
