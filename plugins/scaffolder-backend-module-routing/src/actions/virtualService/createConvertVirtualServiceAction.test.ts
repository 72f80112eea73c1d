import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { routingExposureCreatePermission } from '@portway/plugin-routing-common';
import {
  createSeededLocalRepository,
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import { checkpointStore } from '../../__testUtils__/checkpoints';
import { fakeRoutingBackend, listFiles } from '../../__testUtils__/fixtures';
import { permissionsThat } from '../../__testUtils__/permissions';
import {
  conversionInput as input,
  conversionPreview,
  KUSTOMIZATION_FILE,
  MESH_ROUTE_FILE,
} from '../../__testUtils__/virtualServicePreviews';
import { createPublishActions } from '../openChange/createPublishActions';
import { createConvertVirtualServiceAction } from './createConvertVirtualServiceAction';

const BRANCH = conversionPreview.branchName;

describe('routing:virtualservice:convert', () => {
  const tempDir = useTempDirs();

  async function setUp(
    permissions: ReturnType<typeof permissionsThat> = permissionsThat(),
  ) {
    const dir = await tempDir();
    const gitops = await createSeededLocalRepository(path.join(dir, 'gitops'));
    // The repository is made, with its base branch, on its first use.
    await gitops.readFolder(STOREFRONT_FOLDER);
    const workspacePath = path.join(dir, 'workspace');
    await fs.mkdir(workspacePath);
    const routingBackend = fakeRoutingBackend();
    routingBackend.previewVirtualServiceConversion.mockResolvedValue(
      conversionPreview,
    );
    const action = createConvertVirtualServiceAction({
      gitops,
      permissions,
      routingBackend,
      publishActions: createPublishActions(mockServices.rootConfig()),
    });
    const context = (overrides: object = {}) => ({
      ...createMockActionContext({ input: input as any, workspacePath }),
      ...overrides,
    });
    return {
      gitops,
      repo: inspectRepository(gitops.path),
      routingBackend,
      action,
      context,
      workspacePath,
    };
  }

  const outputsOf = (ctx: { output: unknown }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  it('asks the conversion preflight on behalf of the initiator and commits its files to the branch it names, the report as the body', async () => {
    const { gitops, repo, routingBackend, action, context } = await setUp();
    const baseHead = await repo.head('main');
    const ctx = context();

    await action.handler(ctx);

    expect(routingBackend.previewVirtualServiceConversion).toHaveBeenCalledWith(
      input,
      mockCredentials.user(),
    );
    const [commit, ...older] = await repo.log(BRANCH);
    expect(older.map(c => c.oid)).toEqual([baseHead]);
    expect(commit.commit.message).toBe(
      `${conversionPreview.title}\n\n${conversionPreview.report}`,
    );
    expect(await repo.read(BRANCH, MESH_ROUTE_FILE)).toBe(
      conversionPreview.files[0].content,
    );
    expect(await repo.read(BRANCH, KUSTOMIZATION_FILE)).toBe(
      conversionPreview.files[1].content,
    );
    expect(outputsOf(ctx)).toEqual({
      provider: 'local',
      branchName: BRANCH,
      title: conversionPreview.title,
      report: conversionPreview.report,
      files: [MESH_ROUTE_FILE, KUSTOMIZATION_FILE],
      notes: 2,
      routingPath: '/catalog/default/component/storefront/routing',
      commitSha: commit.oid,
      repositoryPath: gitops.path,
      remoteUrl: pathToFileURL(gitops.path).href,
      changeUrl: pathToFileURL(gitops.path).href,
    });
  });

  it('passes only the entity on when the input names nothing else: the backend converts all its VirtualServices', async () => {
    const { routingBackend, action, context } = await setUp();

    await action.handler(context({ input: { entityRef: input.entityRef } }));

    expect(routingBackend.previewVirtualServiceConversion).toHaveBeenCalledWith(
      {
        entityRef: input.entityRef,
        cluster: undefined,
        namespace: undefined,
        virtualServices: undefined,
      },
      mockCredentials.user(),
    );
  });

  it('asks for routing.exposure.create on the entity, and refuses without it before asking the backend', async () => {
    const permissions = permissionsThat(AuthorizeResult.DENY);
    const { repo, routingBackend, action, context } = await setUp(permissions);

    await expect(action.handler(context())).rejects.toMatchObject({
      name: 'NotAllowedError',
    });

    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: routingExposureCreatePermission,
          resourceRef: input.entityRef,
        },
      ],
      { credentials: mockCredentials.user() },
    );
    expect(
      routingBackend.previewVirtualServiceConversion,
    ).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main']);
  });

  it('fails with an InputError listing every error finding of the preview, and writes nothing', async () => {
    const { repo, routingBackend, action, context, workspacePath } =
      await setUp();
    routingBackend.previewVirtualServiceConversion.mockResolvedValue({
      ...conversionPreview,
      ok: false,
      files: [],
      findings: [
        {
          severity: 'error',
          code: 'VirtualServiceNotFound',
          field: 'virtualServices[0]',
          message: 'component:default/storefront has no VirtualService nope',
        },
        {
          severity: 'warning',
          code: 'ClusterStale',
          message: 'old data',
        },
      ],
    });

    const error = await action.handler(context()).catch(e => e);

    expect(error).toMatchObject({
      name: 'InputError',
      message: [
        'The VirtualServices of component:default/storefront cannot be converted:',
        '- virtualServices[0]: component:default/storefront has no VirtualService nope',
      ].join('\n'),
    });
    expect(await listFiles(workspacePath)).toEqual([]);
    expect(await repo.branches()).toEqual(['main']);
  });

  it('writes the files but opens no change in a dry run', async () => {
    const { repo, action, context, workspacePath } = await setUp();
    const ctx = context({ isDryRun: true });

    await action.handler(ctx);

    expect(await listFiles(workspacePath)).toEqual([
      MESH_ROUTE_FILE,
      KUSTOMIZATION_FILE,
    ]);
    expect(await repo.branches()).toEqual(['main']);
    expect(outputsOf(ctx)).toMatchObject({
      provider: 'local',
      branchName: BRANCH,
      notes: 2,
    });
    expect(outputsOf(ctx).commitSha).toBeUndefined();
  });

  it('reuses the change of the first run when the task is retried', async () => {
    const { repo, action, context } = await setUp();
    const checkpoint = checkpointStore();

    await action.handler(context({ checkpoint }));
    const first = await repo.head(BRANCH);
    const retry = context({ checkpoint });
    await action.handler(retry);

    expect(await repo.head(BRANCH)).toBe(first);
    expect(outputsOf(retry).commitSha).toBe(first);
  });
});
