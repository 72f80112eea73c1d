import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createGithubChangeReader } from './githubChangeReader';

const TOKEN = 'ghp-github-token';
const ENTERPRISE_TOKEN = 'ghp-enterprise-token';
const API = 'https://api.github.com/repos/acme/gitops/pulls/12';
const PULL_REQUEST = 'https://github.com/acme/gitops/pull/12';

const reader = createGithubChangeReader(
  ScmIntegrations.fromConfig(
    new ConfigReader({
      integrations: {
        github: [
          { host: 'github.com', token: TOKEN },
          {
            host: 'ghe.example.com',
            apiBaseUrl: 'https://ghe.example.com/api/v3',
            token: ENTERPRISE_TOKEN,
          },
          { host: 'raw-only.example.com', token: ENTERPRISE_TOKEN },
        ],
      },
    }),
  ),
);

const change = (pullRequestUrl?: string) => ({
  provider: 'github' as const,
  branchName: 'portway/expose-storefront-storefront',
  pullRequestUrl,
});

describe('createGithubChangeReader', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  /** Answers the pull request at `url` with `body`, keeping the authorization header of each request. */
  function answer(url: string, body: object) {
    const authorizations: Array<string | null> = [];
    server.use(
      http.get(url, ({ request }) => {
        authorizations.push(request.headers.get('authorization'));
        return HttpResponse.json({ number: 12, ...body });
      }),
    );
    return authorizations;
  }

  it.each([
    [{ state: 'open', merged: false }, { state: 'open' }],
    [{ state: 'closed', merged: true }, { state: 'merged' }],
    [
      { state: 'closed', merged: false },
      {
        state: 'closed',
        reason: 'pull request #12 was closed without being merged',
      },
    ],
  ])('maps the pull request %j to %j', async (pull, status) => {
    answer(API, pull);

    expect(await reader.read(change(PULL_REQUEST))).toEqual(status);
  });

  it("reads the pull request from the repository's pulls API with the integration's token", async () => {
    const authorizations = answer(API, { state: 'open', merged: false });

    await reader.read(change(PULL_REQUEST));

    expect(authorizations).toEqual([`token ${TOKEN}`]);
  });

  it("reads a GitHub Enterprise pull request from its host's apiBaseUrl with that host's token", async () => {
    const authorizations = answer(
      'https://ghe.example.com/api/v3/repos/platform/gitops/pulls/7',
      { state: 'closed', merged: true },
    );

    expect(
      await reader.read(
        change('https://ghe.example.com/platform/gitops/pull/7'),
      ),
    ).toEqual({ state: 'merged' });
    expect(authorizations).toEqual([`token ${ENTERPRISE_TOKEN}`]);
  });

  it('refuses a host without an integration, naming the host and integrations.github', async () => {
    await expect(
      reader.read(change('https://github.other.example/acme/gitops/pull/12')),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /github\.other\.example.*integrations\.github/,
      ),
    });
  });

  it('refuses an enterprise integration without an apiBaseUrl, saying what to set', async () => {
    await expect(
      reader.read(change('https://raw-only.example.com/acme/gitops/pull/3')),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'integrations.github entry for raw-only.example.com has no apiBaseUrl',
      ),
    });
  });

  it.each([
    ['no pull request URL', undefined, 'has no pull request URL'],
    [
      'a URL that is not a pull request',
      'https://github.com/acme/gitops/issues/12',
      'https://<host>/<owner>/<repo>/pull/<number>',
    ],
    ['a URL that does not parse', 'not a url', 'is not a pull request URL'],
  ])('refuses a change with %s', async (_, url, message) => {
    await expect(reader.read(change(url))).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(message),
    });
  });

  it.each([
    [
      404,
      /Could not read pull request https:\/\/github.com\/acme\/gitops\/pull\/12: not found \(404\)/,
    ],
    [
      500,
      /Could not read pull request https:\/\/github.com\/acme\/gitops\/pull\/12: 500 Nope/,
    ],
  ])(
    'names the pull request, and not the token, when GitHub answers %d',
    async (status, message) => {
      server.use(
        http.get(API, () => HttpResponse.json({ message: 'Nope' }, { status })),
      );

      const error = await reader.read(change(PULL_REQUEST)).catch(e => e);

      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(TOKEN);
      expect(error.cause).toBeUndefined();
    },
  );
});
