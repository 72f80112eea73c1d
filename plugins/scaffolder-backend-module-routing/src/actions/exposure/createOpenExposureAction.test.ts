import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  mockCredentials,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  exposureRequestSchema,
  parseExposureRequest,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import {
  createExposureServiceClient,
  type ExposureService,
} from '@portway/plugin-routing-node';
import {
  createSeededLocalRepository,
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { checkpointStore } from '../../__testUtils__/checkpoints';
import {
  fakeRoutingBackend,
  storefrontRequest,
} from '../../__testUtils__/fixtures';
import { permissionsThat } from '../../__testUtils__/permissions';
import { createOpenExposureAction } from './createOpenExposureAction';
import { createPublishActions } from '../openChange/createPublishActions';

const BRANCH = 'portway/expose-storefront-http-storefront';
const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

describe('routing:exposure:open', () => {
  const tempDir = useTempDirs();
  const server = setupServer();
  registerMswTestHooks(server);

  async function setUp(
    options: {
      permissions?: ReturnType<typeof permissionsThat>;
      routingBackend?: ExposureService;
    } = {},
  ) {
    const dir = await tempDir();
    const gitops = await createSeededLocalRepository(path.join(dir, 'gitops'));
    await gitops.readFolder(STOREFRONT_FOLDER);
    const workspacePath = path.join(dir, 'workspace');
    await writeFiles(workspacePath, {
      [ROUTE_FILE]: 'kind: HTTPRoute\n',
      [KUSTOMIZATION_FILE]:
        'resources:\n  - service.yaml\n  - httproute-storefront.yaml\n',
    });
    const routingBackend = fakeRoutingBackend();
    const permissions = options.permissions ?? permissionsThat();
    const action = createOpenExposureAction({
      gitops,
      permissions,
      routingBackend: options.routingBackend ?? routingBackend,
      publishActions: createPublishActions(mockServices.rootConfig()),
    });
    const input = {
      entityRef: 'component:default/storefront',
      request: parseExposureRequest(storefrontRequest),
      branchName: BRANCH,
      title: 'Expose storefront: HTTPRoute on a shared Gateway',
      description: 'Hostnames: storefront.shop.example.com',
    };
    const context = (overrides: object = {}) => ({
      ...createMockActionContext({ input: input as any, workspacePath }),
      ...overrides,
    });
    const repo = inspectRepository(gitops.path);
    return {
      gitops,
      repo,
      input,
      action,
      routingBackend,
      permissions,
      context,
    };
  }

  const outputsOf = (ctx: { output: unknown }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  it('records the request, commits the workspace to a new branch and records the branch: state open', async () => {
    const { gitops, repo, input, action, routingBackend, context } =
      await setUp();
    const baseHead = await repo.head('main');
    const ctx = context();

    await action.handler(ctx);

    expect(routingBackend.createRequest).toHaveBeenCalledWith(
      input.request,
      mockCredentials.user(),
    );
    const [commit, ...older] = await repo.log(BRANCH);
    expect(older.map(c => c.oid)).toEqual([baseHead]);
    expect(commit.commit.message).toBe(
      `${input.title}\n\n${input.description}\n`,
    );
    expect(await repo.files(BRANCH)).toEqual([
      'README.md',
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
      `${STOREFRONT_FOLDER}/service.yaml`,
    ]);
    expect(await repo.read(BRANCH, ROUTE_FILE)).toBe('kind: HTTPRoute\n');
    expect(routingBackend.recordChange).toHaveBeenCalledWith(
      'request-1',
      { provider: 'local', branchName: BRANCH, commitSha: commit.oid },
      mockCredentials.user(),
    );
    expect(routingBackend.records.get('request-1')).toMatchObject({
      state: 'open',
      provider: 'local',
      branchName: BRANCH,
      commitSha: commit.oid,
    });
    const remoteUrl = pathToFileURL(gitops.path).href;
    expect(outputsOf(ctx)).toEqual({
      requestId: 'request-1',
      state: 'open',
      provider: 'local',
      branchName: BRANCH,
      commitSha: commit.oid,
      repositoryPath: gitops.path,
      remoteUrl,
      changeUrl: remoteUrl,
    });
    expect(routingBackend.release).not.toHaveBeenCalled();
  });

  it('asks for routing.exposure.create on the entity with the initiator credentials', async () => {
    const { action, permissions, context } = await setUp();

    await action.handler(context());

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

  it('refuses an initiator who may not request exposure of the entity before anything is recorded or committed', async () => {
    const { repo, action, routingBackend, context } = await setUp({
      permissions: permissionsThat(AuthorizeResult.DENY),
    });

    await expect(action.handler(context())).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringContaining('routing.exposure.create'),
    });
    expect(routingBackend.createRequest).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main']);
  });

  it('refuses a request for another entity than entityRef, before anything is recorded', async () => {
    const { repo, input, action, routingBackend, permissions, context } =
      await setUp();

    await expect(
      action.handler(
        context({
          input: { ...input, entityRef: 'component:default/reviews' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        'The exposure request is for component:default/storefront, not for component:default/reviews',
    });
    expect(permissions.authorize).not.toHaveBeenCalled();
    expect(routingBackend.createRequest).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main']);
  });

  it('takes an entityRef written differently for the same entity', async () => {
    const { input, action, context } = await setUp();

    await expect(
      action.handler(
        context({ input: { ...input, entityRef: 'Component:storefront' } }),
      ),
    ).resolves.toBeUndefined();
  });

  it('refuses a malformed request with an InputError naming the field, recording nothing', async () => {
    const { input, action, routingBackend, context } = await setUp();

    await expect(
      action.handler(
        context({
          input: {
            ...input,
            request: { ...input.request, service: { name: 'storefront' } },
          },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('service.port'),
    });
    expect(routingBackend.createRequest).not.toHaveBeenCalled();
  });

  it("refuses with the routing backend's 409, naming the request that holds the hostname, and opens no change", async () => {
    const holder =
      'storefront.shop.example.com is reserved by exposure request 7f3c of component:default/checkout (open, branch portway/expose-checkout-http-checkout; requested by user:default/jane at 2026-12-01T10:00:00.000Z): pick another hostname, or ask its owners';
    server.use(
      http.post('http://routing.test/api/routing/exposure/requests', () =>
        HttpResponse.json(
          {
            error: { name: 'ConflictError', message: holder },
            findings: [
              {
                severity: 'error',
                code: 'HostnameConflict',
                field: 'hostnames[0]',
                message: holder,
              },
            ],
          },
          { status: 409 },
        ),
      ),
    );
    const { repo, action, context } = await setUp({
      routingBackend: createExposureServiceClient({
        discovery: mockServices.discovery.mock({
          getBaseUrl: async pluginId => `http://routing.test/api/${pluginId}`,
        }),
        auth: mockServices.auth({ pluginId: 'scaffolder' }),
      }),
    });

    const error = await action.handler(context()).catch(e => e);

    expect(error.name).toBe('ConflictError');
    expect(error.message).toBe(
      [
        'The routing backend refused the exposure request of component:default/storefront:',
        `- hostnames[0]: ${holder}`,
      ].join('\n'),
    );
    expect(await repo.branches()).toEqual(['main']);
  });

  it('releases the request with the reason when the branch cannot be created (it exists), and throws that error', async () => {
    const { gitops, action, routingBackend, context } = await setUp();
    await gitops.createBranch({
      branchName: BRANCH,
      files: [{ path: 'other.yaml', content: 'x\n' }],
      message: 'an earlier change',
    });

    const error = await action.handler(context()).catch(e => e);

    expect(error.name).toBe('ConflictError');
    expect(routingBackend.release).toHaveBeenCalledWith(
      'request-1',
      error.message,
      mockCredentials.user(),
    );
    expect(error.message).toContain(BRANCH);
    expect(routingBackend.records.get('request-1')).toMatchObject({
      state: 'failed',
      stateReason: error.message,
    });
    expect(routingBackend.recordChange).not.toHaveBeenCalled();
  });

  it('shortens a long reason to what the routing backend takes (2000 characters)', async () => {
    const { routingBackend, context } = await setUp();
    const message = `Opening failed: ${'x'.repeat(3000)}`;
    const failing = createOpenExposureAction({
      gitops: {
        target: {
          provider: 'gitlab',
          repoUrl: 'gitlab.com?owner=a&repo=b',
          baseBranch: 'main',
        },
        readFolder: async () => ({}),
        listPendingChanges: async () => [],
      },
      permissions: permissionsThat(),
      routingBackend,
      publishActions: {
        ...createPublishActions(mockServices.rootConfig()),
        gitlab: {
          id: 'publish:gitlab:merge-request',
          handler: async () => {
            throw new Error(message);
          },
        },
      },
    });

    await expect(failing.handler(context())).rejects.toThrow(message);

    const [, reason] = routingBackend.release.mock.calls[0];
    expect(reason).toHaveLength(2000);
    expect(reason).toBe(`${message.slice(0, 1999)}…`);
  });

  it('throws the error of opening the change even when releasing the request fails too', async () => {
    const { gitops, action, routingBackend, context } = await setUp();
    await gitops.createBranch({
      branchName: BRANCH,
      files: [{ path: 'other.yaml', content: 'x\n' }],
      message: 'an earlier change',
    });
    routingBackend.release.mockRejectedValue(
      new Error('The routing backend is down'),
    );

    await expect(action.handler(context())).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(BRANCH),
    });
    expect(routingBackend.release).toHaveBeenCalledTimes(1);
  });

  it('does not release the request when recording fails after the branch exists, and says where the change is', async () => {
    const { gitops, repo, action, routingBackend, context } = await setUp();
    routingBackend.recordChange.mockRejectedValue(
      new ConflictError('Exposure request request-1 is closed'),
    );

    const error = await action.handler(context()).catch(e => e);

    expect(error.name).toBe('ConflictError');
    expect(error.message).toBe(
      `The change is at ${
        pathToFileURL(gitops.path).href
      } but was not recorded for exposure request request-1; caused by ConflictError: Exposure request request-1 is closed`,
    );
    expect(routingBackend.release).not.toHaveBeenCalled();
    expect(await repo.branches()).toEqual(['main', BRANCH]);
  });

  it('reuses the request and the branch of the first run when a retried task runs the step again, and records the change then', async () => {
    const { repo, action, routingBackend, context } = await setUp();
    const checkpoint = checkpointStore();
    routingBackend.recordChange.mockRejectedValueOnce(
      new Error('socket hang up'),
    );

    await expect(action.handler(context({ checkpoint }))).rejects.toThrow(
      'socket hang up',
    );
    const retry = context({ checkpoint });
    await action.handler(retry);

    expect(routingBackend.createRequest).toHaveBeenCalledTimes(1);
    expect(await repo.log(BRANCH)).toHaveLength(2);
    expect(routingBackend.recordChange).toHaveBeenCalledTimes(2);
    expect(routingBackend.release).not.toHaveBeenCalled();
    expect(outputsOf(retry)).toMatchObject({
      requestId: 'request-1',
      state: 'open',
    });
  });

  it('declares the fields of the common exposure request schema in its request input', async () => {
    const { action } = await setUp();
    const { request } = (action.schema?.input as any).properties;

    expect(Object.keys(request.properties).sort()).toEqual(
      Object.keys(exposureRequestSchema.shape).sort(),
    );
  });
});
