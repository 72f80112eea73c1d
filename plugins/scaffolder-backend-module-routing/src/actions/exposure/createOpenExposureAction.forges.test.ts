/*
 * routing:exposure:open on GitHub and GitLab: Backstage's own publish actions, run by the
 * action, against the forges' REST APIs mocked with msw. The handlers answer the calls that
 * octokit-plugin-create-pull-request (publish:github:pull-request) and gitbeaker
 * (publish:gitlab:merge-request) make, and keep what they were sent.
 */
import { createHash } from 'node:crypto';
import {
  mockCredentials,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import type { GitOpsTarget } from '@portway/plugin-routing-node';
import {
  STOREFRONT_FOLDER,
  useTempDirs,
  writeFiles,
} from '@portway/plugin-routing-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
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
const WORKSPACE = {
  [ROUTE_FILE]: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n',
  [KUSTOMIZATION_FILE]:
    'resources:\n  - service.yaml\n  - httproute-storefront.yaml\n',
};
const TITLE = 'Expose storefront: HTTPRoute on a shared Gateway';
const DESCRIPTION =
  'Portway exposure request for `component:default/storefront`.\n';

const integrations = {
  github: [{ host: 'github.com', token: 'ghp-test-token' }],
  gitlab: [{ host: 'gitlab.com', token: 'glpat-test-token' }],
};

/** A git blob id (sha1 of the blob header and content), as GitLab lists it in a tree. */
const gitBlobId = (content: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(content)}\0${content}`)
    .digest('hex');

const decode = (base64: string) => Buffer.from(base64, 'base64').toString();

describe('routing:exposure:open on a forge', () => {
  const tempDir = useTempDirs();
  const server = setupServer();
  registerMswTestHooks(server);

  async function setUp(target: GitOpsTarget) {
    const workspacePath = await tempDir();
    await writeFiles(workspacePath, WORKSPACE);
    const routingBackend = fakeRoutingBackend();
    const action = createOpenExposureAction({
      gitops: {
        target,
        readFolder: async () => ({}),
        listPendingChanges: async () => [],
      },
      permissions: permissionsThat(),
      routingBackend,
      publishActions: createPublishActions(
        mockServices.rootConfig({ data: { integrations } }),
      ),
    });
    const ctx = createMockActionContext({
      input: {
        entityRef: 'component:default/storefront',
        request: parseExposureRequest(storefrontRequest) as any,
        branchName: BRANCH,
        title: TITLE,
        description: DESCRIPTION,
      },
      workspacePath,
    });
    return { action, ctx, routingBackend };
  }

  describe('GitHub, through publish:github:pull-request', () => {
    const target: GitOpsTarget = {
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    };
    const api = 'https://api.github.com/repos/acme/gitops';
    const PULL_REQUEST_URL = 'https://github.com/acme/gitops/pull/42';

    /** A GitHub repository on main at commit `base` (tree `base-tree`); keeps what it was sent. */
    function mockGitHub(
      pulls: () => Response = () =>
        HttpResponse.json(
          { number: 42, html_url: PULL_REQUEST_URL, base: { ref: 'main' } },
          { status: 201 },
        ),
    ) {
      const sent = {
        authorization: new Set<string | null>(),
        blobs: [] as any[],
        trees: [] as any[],
        commits: [] as any[],
        refs: [] as any[],
        pulls: [] as any[],
      };
      const keep =
        (list: any[], answer: (body: any) => object) =>
        async ({ request }: { request: Request }) => {
          sent.authorization.add(request.headers.get('authorization'));
          const body = await request.json();
          list.push(body);
          return HttpResponse.json(answer(body), { status: 201 });
        };
      server.use(
        http.get(api, () =>
          HttpResponse.json({
            default_branch: 'main',
            permissions: { push: true },
          }),
        ),
        http.get(`${api}/commits`, ({ request }) => {
          expect(new URL(request.url).searchParams.get('sha')).toBe('main');
          return HttpResponse.json([
            { sha: 'base', commit: { tree: { sha: 'base-tree' } } },
          ]);
        }),
        http.post(
          `${api}/git/blobs`,
          keep(sent.blobs, () => ({ sha: `blob-${sent.blobs.length}` })),
        ),
        http.post(
          `${api}/git/trees`,
          keep(sent.trees, () => ({ sha: 'new-tree' })),
        ),
        http.post(
          `${api}/git/commits`,
          keep(sent.commits, () => ({ sha: 'new-commit' })),
        ),
        http.post('https://api.github.com/graphql', () =>
          HttpResponse.json({ data: { repository: { ref: null } } }),
        ),
        http.post(
          `${api}/git/refs`,
          keep(sent.refs, body => ({ ref: body.ref })),
        ),
        http.post(`${api}/pulls`, async ({ request }) => {
          sent.pulls.push(await request.json());
          return pulls();
        }),
      );
      return sent;
    }

    it('commits exactly the workspace files on the base branch and opens the pull request, then records it', async () => {
      const sent = mockGitHub();
      const { action, ctx, routingBackend } = await setUp(target);

      await action.handler(ctx);

      const blobContents = Object.fromEntries(
        sent.blobs.map((blob, index) => {
          expect(blob.encoding).toBe('base64');
          return [`blob-${index + 1}`, decode(blob.content)];
        }),
      );
      expect(sent.trees).toHaveLength(1);
      const [tree] = sent.trees;
      expect(tree.base_tree).toBe('base-tree');
      expect(
        Object.fromEntries(
          tree.tree.map((entry: any) => {
            expect(entry.mode).toBe('100644');
            return [entry.path, blobContents[entry.sha]];
          }),
        ),
      ).toEqual(WORKSPACE);
      expect(sent.commits).toEqual([
        expect.objectContaining({
          message: TITLE,
          tree: 'new-tree',
          parents: ['base'],
        }),
      ]);
      expect(sent.refs).toEqual([
        { ref: `refs/heads/${BRANCH}`, sha: 'new-commit' },
      ]);
      expect(sent.pulls).toEqual([
        {
          head: `acme:${BRANCH}`,
          base: 'main',
          title: TITLE,
          body: DESCRIPTION,
          draft: false,
        },
      ]);
      expect([...sent.authorization]).toEqual(['token ghp-test-token']);
      expect(routingBackend.recordChange).toHaveBeenCalledWith(
        'request-1',
        {
          provider: 'github',
          branchName: BRANCH,
          pullRequestUrl: PULL_REQUEST_URL,
        },
        mockCredentials.user(),
      );
      const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
      expect(outputs).toEqual({
        requestId: 'request-1',
        state: 'open',
        provider: 'github',
        branchName: BRANCH,
        pullRequestUrl: PULL_REQUEST_URL,
        changeUrl: PULL_REQUEST_URL,
      });
    });

    it('releases the request with the reason when GitHub refuses the pull request, and throws that error', async () => {
      mockGitHub(() =>
        HttpResponse.json(
          { message: 'Validation Failed: a pull request already exists' },
          { status: 422 },
        ),
      );
      const { action, ctx, routingBackend } = await setUp(target);

      const error = await action.handler(ctx).catch(e => e);

      expect(error.message).toMatch(/^Pull request creation failed/);
      expect(error.message).toContain('a pull request already exists');
      expect(routingBackend.release).toHaveBeenCalledWith(
        'request-1',
        error.message,
        mockCredentials.user(),
      );
      expect(error.message).not.toContain('ghp-test-token');
      expect(routingBackend.recordChange).not.toHaveBeenCalled();
    });
  });

  describe('GitLab, through publish:gitlab:merge-request', () => {
    const target: GitOpsTarget = {
      provider: 'gitlab',
      repoUrl: 'gitlab.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    };
    const project = 'https://gitlab.com/api/v4/projects/acme%2Fgitops';
    const MERGE_REQUEST_URL =
      'https://gitlab.com/acme/gitops/-/merge_requests/7';
    /** The base branch's kustomization.yaml, which the change replaces. */
    const BASE_KUSTOMIZATION = 'resources:\n  - service.yaml\n';

    /** A GitLab project whose main holds the storefront's kustomization.yaml; keeps what it was sent. */
    function mockGitLab() {
      const sent = {
        tokens: new Set<string | null>(),
        branches: [] as any[],
        commits: [] as any[],
        mergeRequests: [] as any[],
      };
      const keep =
        (list: any[], answer: object) =>
        async ({ request }: { request: Request }) => {
          sent.tokens.add(request.headers.get('private-token'));
          list.push(await request.json());
          return HttpResponse.json(answer, { status: 201 });
        };
      server.use(
        http.get(`${project}/repository/tree`, ({ request }) => {
          expect(new URL(request.url).searchParams.get('ref')).toBe('main');
          return HttpResponse.json([
            {
              id: gitBlobId(BASE_KUSTOMIZATION),
              name: 'kustomization.yaml',
              type: 'blob',
              path: KUSTOMIZATION_FILE,
              mode: '100644',
            },
          ]);
        }),
        http.get(`${project}/repository/branches/:branch`, () =>
          HttpResponse.json(
            { message: '404 Branch Not Found' },
            { status: 404 },
          ),
        ),
        http.post(
          `${project}/repository/branches`,
          keep(sent.branches, { name: BRANCH }),
        ),
        http.post(
          `${project}/repository/commits`,
          keep(sent.commits, { id: 'c0ffee' }),
        ),
        http.post(
          `${project}/merge_requests`,
          keep(sent.mergeRequests, { iid: 7, web_url: MERGE_REQUEST_URL }),
        ),
      );
      return sent;
    }

    it('commits exactly the workspace files to a new branch from the base branch and opens the merge request, then records it', async () => {
      const sent = mockGitLab();
      const { action, ctx, routingBackend } = await setUp(target);

      await action.handler(ctx);

      expect(sent.branches).toEqual([{ branch: BRANCH, ref: 'main' }]);
      expect(sent.commits).toHaveLength(1);
      const [commit] = sent.commits;
      expect(commit).toMatchObject({
        branch: BRANCH,
        commit_message: TITLE,
      });
      const actions = commit.actions.map((a: any) => ({
        action: a.action,
        file_path: a.file_path,
        encoding: a.encoding,
        content: decode(a.content),
      }));
      expect(
        actions.sort((a: any, b: any) =>
          a.file_path.localeCompare(b.file_path),
        ),
      ).toEqual([
        {
          action: 'create',
          file_path: ROUTE_FILE,
          encoding: 'base64',
          content: WORKSPACE[ROUTE_FILE],
        },
        {
          action: 'update',
          file_path: KUSTOMIZATION_FILE,
          encoding: 'base64',
          content: WORKSPACE[KUSTOMIZATION_FILE],
        },
      ]);
      expect(sent.mergeRequests).toEqual([
        expect.objectContaining({
          source_branch: BRANCH,
          target_branch: 'main',
          title: TITLE,
          description: DESCRIPTION,
        }),
      ]);
      expect([...sent.tokens]).toEqual(['glpat-test-token']);
      expect(routingBackend.recordChange).toHaveBeenCalledWith(
        'request-1',
        {
          provider: 'gitlab',
          branchName: BRANCH,
          pullRequestUrl: MERGE_REQUEST_URL,
        },
        mockCredentials.user(),
      );
      expect(ctx.output).toHaveBeenCalledWith('changeUrl', MERGE_REQUEST_URL);
      expect(ctx.output).toHaveBeenCalledWith(
        'pullRequestUrl',
        MERGE_REQUEST_URL,
      );
    });
  });

  it('refuses a sourcePath other than "." on Bitbucket Server, whose publish action commits the whole workspace, and releases the request', async () => {
    const { action, ctx, routingBackend } = await setUp({
      provider: 'bitbucketServer',
      repoUrl: 'bitbucket.example.com?project=ops&repo=gitops',
      baseBranch: 'main',
    });

    const error = await action
      .handler({ ...ctx, input: { ...ctx.input, sourcePath: 'gitops' } })
      .catch(e => e);

    expect(error).toMatchObject({
      name: 'InputError',
      message:
        'publish:bitbucketServer:pull-request commits the whole workspace: sourcePath must be ".", got "gitops"',
    });
    expect(routingBackend.release).toHaveBeenCalledWith(
      'request-1',
      error.message,
      mockCredentials.user(),
    );
  });
});
