/*
 * routing:ingress:remove on GitHub and GitLab: Backstage's own publish actions, run by the
 * action, against the forges' REST APIs mocked with msw (as createOpenExposureAction.forges.test
 * does). GitHub deletes the Ingress manifest in the pull request's commit; GitLab's merge
 * request action cannot, so its description names the file left to delete.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { GitOpsTarget } from '@portway/plugin-routing-node';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeRoutingBackend } from '../../__testUtils__/fixtures';
import {
  INGRESS_FILE,
  INGRESS_MANIFEST,
  KUSTOMIZATION_FILE,
  removalInput,
  removalPreview,
} from '../../__testUtils__/ingressPreviews';
import { permissionsThat } from '../../__testUtils__/permissions';
import { createPublishActions } from '../openChange/createPublishActions';
import { createRemoveIngressAction } from './createRemoveIngressAction';

const BRANCH = removalPreview.branchName;
const KUSTOMIZATION = removalPreview.files[0].content;

const integrations = {
  github: [{ host: 'github.com', token: 'ghp-test-token' }],
  gitlab: [{ host: 'gitlab.com', token: 'glpat-test-token' }],
};

const gitBlobId = (content: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(content)}\0${content}`)
    .digest('hex');

const decode = (base64: string) => Buffer.from(base64, 'base64').toString();

describe('routing:ingress:remove on a forge', () => {
  const tempDir = useTempDirs();
  const server = setupServer();
  registerMswTestHooks(server);

  async function setUp(target: GitOpsTarget) {
    const workspacePath = await tempDir();
    await fs.mkdir(workspacePath, { recursive: true });
    const routingBackend = fakeRoutingBackend();
    routingBackend.previewIngressRemoval.mockResolvedValue(removalPreview);
    const action = createRemoveIngressAction({
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
    const ctx = createMockActionContext({ input: removalInput, workspacePath });
    return { action, ctx };
  }

  it('deletes the Ingress manifest in the commit of the GitHub pull request that changes kustomization.yaml', async () => {
    const api = 'https://api.github.com/repos/acme/gitops';
    const PULL_REQUEST_URL = 'https://github.com/acme/gitops/pull/43';
    const sent = { blobs: [] as any[], trees: [] as any[], pulls: [] as any[] };
    const probed: string[] = [];
    server.use(
      http.get(api, () =>
        HttpResponse.json({
          default_branch: 'main',
          permissions: { push: true },
        }),
      ),
      http.get(`${api}/commits`, () =>
        HttpResponse.json([
          { sha: 'base', commit: { tree: { sha: 'base-tree' } } },
        ]),
      ),
      // octokit-plugin-create-pull-request deletes only files the base commit has.
      http.head(`${api}/contents/*`, ({ request }) => {
        probed.push(decodeURIComponent(new URL(request.url).pathname));
        return new HttpResponse(null, { status: 200 });
      }),
      http.post(`${api}/git/blobs`, async ({ request }) => {
        sent.blobs.push(await request.json());
        return HttpResponse.json({ sha: 'blob-1' }, { status: 201 });
      }),
      http.post(`${api}/git/trees`, async ({ request }) => {
        sent.trees.push(await request.json());
        return HttpResponse.json({ sha: 'new-tree' }, { status: 201 });
      }),
      http.post(`${api}/git/commits`, () =>
        HttpResponse.json({ sha: 'new-commit' }, { status: 201 }),
      ),
      http.post('https://api.github.com/graphql', () =>
        HttpResponse.json({ data: { repository: { ref: null } } }),
      ),
      http.post(`${api}/git/refs`, () =>
        HttpResponse.json({ ref: `refs/heads/${BRANCH}` }, { status: 201 }),
      ),
      http.post(`${api}/pulls`, async ({ request }) => {
        sent.pulls.push(await request.json());
        return HttpResponse.json(
          { number: 43, html_url: PULL_REQUEST_URL, base: { ref: 'main' } },
          { status: 201 },
        );
      }),
    );
    const { action, ctx } = await setUp({
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    });

    await action.handler(ctx);

    expect(probed).toEqual([`/repos/acme/gitops/contents/${INGRESS_FILE}`]);
    expect(sent.blobs.map(blob => decode(blob.content))).toEqual([
      KUSTOMIZATION,
    ]);
    expect(sent.trees).toEqual([
      {
        base_tree: 'base-tree',
        tree: expect.arrayContaining([
          { path: INGRESS_FILE, mode: '100644', sha: null },
          { path: KUSTOMIZATION_FILE, mode: '100644', sha: 'blob-1' },
        ]),
      },
    ]);
    expect(sent.trees[0].tree).toHaveLength(2);
    expect(sent.pulls).toEqual([
      expect.objectContaining({
        head: `acme:${BRANCH}`,
        title: removalPreview.title,
        body: removalPreview.report,
      }),
    ]);
    expect(ctx.output).toHaveBeenCalledWith('changeUrl', PULL_REQUEST_URL);
  });

  it('opens the GitLab merge request with the changed kustomization.yaml alone, its description naming the Ingress manifest left to delete', async () => {
    const project = 'https://gitlab.com/api/v4/projects/acme%2Fgitops';
    const MERGE_REQUEST_URL =
      'https://gitlab.com/acme/gitops/-/merge_requests/8';
    const sent = { commits: [] as any[], mergeRequests: [] as any[] };
    server.use(
      http.get(`${project}/repository/tree`, () =>
        HttpResponse.json([
          {
            id: gitBlobId('resources:\n  - service.yaml\n  - ingress.yaml\n'),
            name: 'kustomization.yaml',
            type: 'blob',
            path: KUSTOMIZATION_FILE,
            mode: '100644',
          },
          {
            id: gitBlobId(INGRESS_MANIFEST),
            name: 'ingress-storefront-legacy.yaml',
            type: 'blob',
            path: INGRESS_FILE,
            mode: '100644',
          },
        ]),
      ),
      http.get(`${project}/repository/branches/:branch`, () =>
        HttpResponse.json({ message: '404 Branch Not Found' }, { status: 404 }),
      ),
      http.post(`${project}/repository/branches`, () =>
        HttpResponse.json({ name: BRANCH }, { status: 201 }),
      ),
      http.post(`${project}/repository/commits`, async ({ request }) => {
        sent.commits.push(await request.json());
        return HttpResponse.json({ id: 'c0ffee' }, { status: 201 });
      }),
      http.post(`${project}/merge_requests`, async ({ request }) => {
        sent.mergeRequests.push(await request.json());
        return HttpResponse.json(
          { iid: 8, web_url: MERGE_REQUEST_URL },
          { status: 201 },
        );
      }),
    );
    const { action, ctx } = await setUp({
      provider: 'gitlab',
      repoUrl: 'gitlab.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    });

    await action.handler(ctx);

    expect(
      sent.commits.flatMap(commit =>
        commit.actions.map((a: any) => [
          a.action,
          a.file_path,
          decode(a.content),
        ]),
      ),
    ).toEqual([['update', KUSTOMIZATION_FILE, KUSTOMIZATION]]);
    const [mergeRequest] = sent.mergeRequests;
    expect(mergeRequest.description).toBe(
      [
        removalPreview.report.trimEnd(),
        '',
        '**Files left to delete:** `publish:gitlab:merge-request` cannot delete files in the same change, so these',
        'stay in the repository: delete them in this pull request before merging, or afterwards.',
        '',
        `- \`${INGRESS_FILE}\``,
        '',
      ].join('\n'),
    );
    expect(ctx.output).toHaveBeenCalledWith('changeUrl', MERGE_REQUEST_URL);
    expect(ctx.output).toHaveBeenCalledWith('deletedFiles', [INGRESS_FILE]);
  });
});
