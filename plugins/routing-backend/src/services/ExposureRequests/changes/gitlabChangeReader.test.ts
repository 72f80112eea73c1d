import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createGitlabChangeReader } from './gitlabChangeReader';

const TOKEN = 'glpat-gitlab-token';
const SELF_HOSTED_TOKEN = 'glpat-self-hosted-token';
const MERGE_REQUEST =
  'https://gitlab.com/platform/team/gitops/-/merge_requests/5';

const reader = createGitlabChangeReader(
  ScmIntegrations.fromConfig(
    new ConfigReader({
      integrations: {
        gitlab: [
          { host: 'gitlab.com', token: TOKEN },
          {
            host: 'git.example.com',
            baseUrl: 'https://git.example.com/gitlab',
            apiBaseUrl: 'https://git.example.com/gitlab/api/v4',
            token: SELF_HOSTED_TOKEN,
          },
          {
            host: 'tokenless.example.com',
            apiBaseUrl: 'https://tokenless.example.com/api/v4',
          },
        ],
      },
    }),
  ),
);

const change = (pullRequestUrl?: string) => ({
  provider: 'gitlab' as const,
  branchName: 'portway/expose-storefront-storefront',
  pullRequestUrl,
});

describe('createGitlabChangeReader', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  /** Answers every merge request read with `body`, keeping each request's URL and token header. */
  function answer(body: object, status = 200) {
    const seen: Array<{ url: string; token: string | null }> = [];
    server.use(
      http.get(
        '*/api/v4/projects/:project/merge_requests/:iid',
        ({ request }) => {
          seen.push({
            url: request.url,
            token: request.headers.get('private-token'),
          });
          return HttpResponse.json(body, { status });
        },
      ),
    );
    return seen;
  }

  it.each([
    ['merged', { state: 'merged' }],
    [
      'closed',
      {
        state: 'closed',
        reason: 'merge request !5 was closed without being merged',
      },
    ],
    ['opened', { state: 'open' }],
    ['locked', { state: 'open' }],
  ])('maps the merge request state %s to %j', async (state, status) => {
    answer({ iid: 5, state });

    expect(await reader.read(change(MERGE_REQUEST))).toEqual(status);
  });

  it("reads the merge request of the project path, encoded, with the integration's token", async () => {
    const seen = answer({ iid: 5, state: 'opened' });

    await reader.read(change(MERGE_REQUEST));

    expect(seen).toEqual([
      {
        url: 'https://gitlab.com/api/v4/projects/platform%2Fteam%2Fgitops/merge_requests/5',
        token: TOKEN,
      },
    ]);
  });

  it('reads a GitLab served under a path from its baseUrl, with the project path below it', async () => {
    const seen = answer({ iid: 3, state: 'merged' });

    expect(
      await reader.read(
        change(
          'https://git.example.com/gitlab/platform/gitops/-/merge_requests/3',
        ),
      ),
    ).toEqual({ state: 'merged' });
    expect(seen).toEqual([
      {
        url: 'https://git.example.com/gitlab/api/v4/projects/platform%2Fgitops/merge_requests/3',
        token: SELF_HOSTED_TOKEN,
      },
    ]);
  });

  it("refuses a merge request outside the integration's base path", async () => {
    await expect(
      reader.read(
        change('https://git.example.com/platform/gitops/-/merge_requests/3'),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'is not below https://git.example.com/gitlab',
      ),
    });
  });

  it('refuses a host without an integration, naming the host and integrations.gitlab', async () => {
    await expect(
      reader.read(
        change('https://gitlab.other.example/a/b/-/merge_requests/1'),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /gitlab\.other\.example.*integrations\.gitlab/,
      ),
    });
  });

  it('refuses an integration without a token, naming the scope it needs', async () => {
    await expect(
      reader.read(
        change('https://tokenless.example.com/a/b/-/merge_requests/1'),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'has no token: add one with the read_api scope',
      ),
    });
  });

  it('refuses a URL that is not a merge request, naming the format', async () => {
    await expect(
      reader.read(change('https://gitlab.com/platform/gitops/-/issues/5')),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('/-/merge_requests/<iid>'),
    });
  });

  it.each([
    [
      404,
      /Could not read merge request https:\/\/gitlab.com\/platform\/team\/gitops\/-\/merge_requests\/5: not found \(404\)/,
    ],
    [
      500,
      /Could not read merge request https:\/\/gitlab.com\/platform\/team\/gitops\/-\/merge_requests\/5: 500 Boom/,
    ],
  ])(
    'names the merge request, and not the token, when GitLab answers %d',
    async (status, message) => {
      answer({ message: 'Boom' }, status);

      const error = await reader.read(change(MERGE_REQUEST)).catch(e => e);

      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(TOKEN);
      expect(error.cause).toBeUndefined();
    },
  );
});
