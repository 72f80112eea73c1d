import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import { fakeRoutingBackend, listFiles } from '../../__testUtils__/fixtures';
import {
  INGRESS_FILE,
  KUSTOMIZATION_FILE,
  removalInput,
  removalPreview,
  seededRepositoryWithIngress,
} from '../../__testUtils__/ingressPreviews';
import { permissionsThat } from '../../__testUtils__/permissions';
import { createPublishActions } from '../openChange/createPublishActions';
import { createRemoveIngressAction } from './createRemoveIngressAction';

const BRANCH = removalPreview.branchName;

describe('routing:ingress:remove', () => {
  const tempDir = useTempDirs();

  async function setUp(
    permissions: ReturnType<typeof permissionsThat> = permissionsThat(),
  ) {
    const dir = await tempDir();
    const gitops = await seededRepositoryWithIngress(path.join(dir, 'gitops'));
    const workspacePath = path.join(dir, 'workspace');
    await fs.mkdir(workspacePath);
    const routingBackend = fakeRoutingBackend();
    routingBackend.previewIngressRemoval.mockResolvedValue(removalPreview);
    const action = createRemoveIngressAction({
      gitops,
      permissions,
      routingBackend,
      publishActions: createPublishActions(mockServices.rootConfig()),
    });
    const context = (overrides: object = {}) => ({
      ...createMockActionContext({ input: removalInput, workspacePath }),
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

  it('deletes the Ingress manifests and writes the changed kustomization.yaml in one commit on the branch the removal preflight names', async () => {
    const { gitops, repo, routingBackend, action, context } = await setUp();
    const baseHead = await repo.head('main');
    const ctx = context();

    await action.handler(ctx);

    expect(routingBackend.previewIngressRemoval).toHaveBeenCalledWith(
      removalInput,
      mockCredentials.user(),
    );
    const [commit, ...older] = await repo.log(BRANCH);
    expect(older.map(c => c.oid)).toEqual([baseHead]);
    expect(commit.commit.message).toBe(
      `${removalPreview.title}\n\n${removalPreview.report}`,
    );
    expect(await repo.files('main')).toContain(INGRESS_FILE);
    expect(await repo.files(BRANCH)).toEqual([
      'README.md',
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    expect(await repo.read(BRANCH, KUSTOMIZATION_FILE)).toBe(
      removalPreview.files[0].content,
    );
    expect(outputsOf(ctx)).toEqual({
      provider: 'local',
      branchName: BRANCH,
      title: removalPreview.title,
      report: removalPreview.report,
      files: [KUSTOMIZATION_FILE],
      deletedFiles: [INGRESS_FILE],
      routingPath: '/catalog/default/component/storefront/routing',
      commitSha: commit.oid,
      repositoryPath: gitops.path,
      remoteUrl: pathToFileURL(gitops.path).href,
      changeUrl: pathToFileURL(gitops.path).href,
    });
  });

  it('refuses an initiator without routing.exposure.create on the entity before asking the preflight', async () => {
    const { repo, routingBackend, action, context } = await setUp(
      permissionsThat(AuthorizeResult.DENY),
    );

    await expect(action.handler(context())).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    expect(routingBackend.previewIngressRemoval).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main']);
  });

  it('fails with an InputError naming why the Ingress cannot go yet, and writes nothing', async () => {
    const { repo, routingBackend, action, context, workspacePath } =
      await setUp();
    routingBackend.previewIngressRemoval.mockResolvedValue({
      ...removalPreview,
      ok: false,
      files: [],
      deletedFiles: [],
      findings: [
        {
          severity: 'error',
          code: 'MigrationNotComplete',
          field: 'ingresses[0]',
          message:
            'Ingress shop/storefront-legacy: no route serves storefront.shop.example.com/ yet',
        },
      ],
    });

    const error = await action.handler(context()).catch(e => e);

    expect(error).toMatchObject({
      name: 'InputError',
      message: [
        'The Ingresses of component:default/storefront cannot be removed:',
        '- ingresses[0]: Ingress shop/storefront-legacy: no route serves storefront.shop.example.com/ yet',
      ].join('\n'),
    });
    expect(await listFiles(workspacePath)).toEqual([]);
    expect(await repo.branches()).toEqual(['main']);
  });

  it('writes kustomization.yaml but deletes nothing and opens no change in a dry run', async () => {
    const { repo, action, context, workspacePath } = await setUp();
    const ctx = context({ isDryRun: true });

    await action.handler(ctx);

    expect(await listFiles(workspacePath)).toEqual([KUSTOMIZATION_FILE]);
    expect(await repo.branches()).toEqual(['main']);
    expect(outputsOf(ctx)).toMatchObject({
      provider: 'local',
      deletedFiles: [INGRESS_FILE],
    });
    expect(outputsOf(ctx)).not.toHaveProperty('changeUrl');
  });
});
