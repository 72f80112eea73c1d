import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { routingExposureCreatePermission } from '@portway/plugin-routing-common';
import {
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import { checkpointStore } from '../../__testUtils__/checkpoints';
import { fakeRoutingBackend, listFiles } from '../../__testUtils__/fixtures';
import {
  INGRESS_FILE,
  KUSTOMIZATION_FILE,
  migrationInput,
  migrationPreview,
  ROUTE_FILE,
  seededRepositoryWithIngress,
} from '../../__testUtils__/ingressPreviews';
import { permissionsThat } from '../../__testUtils__/permissions';
import { createPublishActions } from '../openChange/createPublishActions';
import { createMigrateIngressAction } from './createMigrateIngressAction';

const BRANCH = migrationPreview.branchName;

describe('routing:ingress:migrate', () => {
  const tempDir = useTempDirs();

  async function setUp(
    permissions: ReturnType<typeof permissionsThat> = permissionsThat(),
  ) {
    const dir = await tempDir();
    const gitops = await seededRepositoryWithIngress(path.join(dir, 'gitops'));
    const workspacePath = path.join(dir, 'workspace');
    await fs.mkdir(workspacePath);
    const routingBackend = fakeRoutingBackend();
    routingBackend.previewIngressMigration.mockResolvedValue(migrationPreview);
    const action = createMigrateIngressAction({
      gitops,
      permissions,
      routingBackend,
      publishActions: createPublishActions(mockServices.rootConfig()),
    });
    const context = (overrides: object = {}) => ({
      ...createMockActionContext({
        input: migrationInput as any,
        workspacePath,
      }),
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

  it('asks the migration preflight on behalf of the initiator and commits its files to the branch it names, the report as the body, the Ingress kept', async () => {
    const { gitops, repo, routingBackend, action, context } = await setUp();
    const baseHead = await repo.head('main');
    const ctx = context();

    await action.handler(ctx);

    expect(routingBackend.previewIngressMigration).toHaveBeenCalledWith(
      migrationInput,
      mockCredentials.user(),
    );
    const [commit, ...older] = await repo.log(BRANCH);
    expect(older.map(c => c.oid)).toEqual([baseHead]);
    expect(commit.commit.message).toBe(
      `${migrationPreview.title}\n\n${migrationPreview.report}`,
    );
    expect(await repo.files(BRANCH)).toEqual([
      'README.md',
      ROUTE_FILE,
      INGRESS_FILE,
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    for (const file of migrationPreview.files) {
      expect(await repo.read(BRANCH, file.path)).toBe(file.content);
    }
    expect(outputsOf(ctx)).toEqual({
      provider: 'local',
      branchName: BRANCH,
      title: migrationPreview.title,
      report: migrationPreview.report,
      files: [ROUTE_FILE, KUSTOMIZATION_FILE],
      notes: 2,
      routingPath: '/catalog/default/component/storefront/routing',
      commitSha: commit.oid,
      repositoryPath: gitops.path,
      remoteUrl: pathToFileURL(gitops.path).href,
      changeUrl: pathToFileURL(gitops.path).href,
    });
  });

  it('asks for routing.exposure.create on the entity, and refuses without it before asking the preflight', async () => {
    const permissions = permissionsThat(AuthorizeResult.DENY);
    const { repo, routingBackend, action, context } = await setUp(permissions);

    await expect(action.handler(context())).rejects.toMatchObject({
      name: 'NotAllowedError',
    });

    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: routingExposureCreatePermission,
          resourceRef: 'component:default/storefront',
        },
      ],
      { credentials: mockCredentials.user() },
    );
    expect(routingBackend.previewIngressMigration).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main']);
  });

  it('fails with an InputError listing every error finding, and writes nothing', async () => {
    const { repo, routingBackend, action, context, workspacePath } =
      await setUp();
    routingBackend.previewIngressMigration.mockResolvedValue({
      ...migrationPreview,
      ok: false,
      files: [],
      findings: [
        {
          severity: 'error',
          code: 'HostnameConflict',
          field: 'ingresses[0]',
          message:
            'storefront.shop.example.com is served by HTTPRoute shop/other of component:default/other',
        },
        ...migrationPreview.findings,
      ],
    });

    const error = await action.handler(context()).catch(e => e);

    expect(error).toMatchObject({
      name: 'InputError',
      message: [
        'The Ingresses of component:default/storefront cannot be migrated:',
        '- ingresses[0]: storefront.shop.example.com is served by HTTPRoute shop/other of component:default/other',
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
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
    ]);
    expect(await repo.branches()).toEqual(['main']);
    expect(outputsOf(ctx)).toEqual({
      provider: 'local',
      branchName: BRANCH,
      title: migrationPreview.title,
      report: migrationPreview.report,
      files: [ROUTE_FILE, KUSTOMIZATION_FILE],
      notes: 2,
      routingPath: '/catalog/default/component/storefront/routing',
    });
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
