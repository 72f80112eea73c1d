import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createBitbucketServerChangeReader } from './bitbucketServerChangeReader';

const TOKEN = 'bbs-http-access-token';
const API =
  'https://bitbucket.example.com/rest/api/1.0/projects/PLAT/repos/gitops/pull-requests/4';
const PULL_REQUEST =
  'https://bitbucket.example.com/projects/PLAT/repos/gitops/pull-requests/4';

const reader = createBitbucketServerChangeReader(
  ScmIntegrations.fromConfig(
    new ConfigReader({
      integrations: {
        bitbucketServer: [
          { host: 'bitbucket.example.com', token: TOKEN },
          {
            host: 'git.example.com',
            apiBaseUrl: 'https://git.example.com/bitbucket/rest/api/1.0',
            username: 'portway',
            password: 'app-password',
          },
        ],
      },
    }),
  ),
);

const change = (pullRequestUrl?: string) => ({
  provider: 'bitbucketServer' as const,
  branchName: 'portway/expose-storefront-storefront',
  pullRequestUrl,
});

describe('createBitbucketServerChangeReader', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  /** Answers the pull request at `url` with `body`, keeping the authorization header of each request. */
  function answer(url: string, body: object, status = 200) {
    const authorizations: Array<string | null> = [];
    server.use(
      http.get(url, ({ request }) => {
        authorizations.push(request.headers.get('authorization'));
        return HttpResponse.json(body, { status });
      }),
    );
    return authorizations;
  }

  it.each([
    ['OPEN', { state: 'open' }],
    ['MERGED', { state: 'merged' }],
    ['DECLINED', { state: 'closed', reason: 'pull request #4 was declined' }],
  ])('maps the pull request state %s to %j', async (state, status) => {
    answer(API, { id: 4, state });

    expect(await reader.read(change(PULL_REQUEST))).toEqual(status);
  });

  it("reads the pull request from the integration's API with its token as a bearer token", async () => {
    const authorizations = answer(API, { id: 4, state: 'OPEN' });

    await reader.read(change(PULL_REQUEST));

    expect(authorizations).toEqual([`Bearer ${TOKEN}`]);
  });

  it("reads a pull request's overview URL on a server under a path, with the integration's user", async () => {
    const authorizations = answer(
      'https://git.example.com/bitbucket/rest/api/1.0/projects/PLAT/repos/gitops/pull-requests/9',
      { id: 9, state: 'MERGED' },
    );

    expect(
      await reader.read(
        change(
          'https://git.example.com/bitbucket/projects/PLAT/repos/gitops/pull-requests/9/overview',
        ),
      ),
    ).toEqual({ state: 'merged' });
    expect(authorizations).toEqual([
      `Basic ${Buffer.from('portway:app-password').toString('base64')}`,
    ]);
  });

  it('refuses a host without an integration, naming the host and integrations.bitbucketServer', async () => {
    await expect(
      reader.read(
        change(
          'https://bitbucket.other.example/projects/PLAT/repos/gitops/pull-requests/4',
        ),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /bitbucket\.other\.example.*integrations\.bitbucketServer/,
      ),
    });
  });

  it('refuses a URL that is not a pull request, naming the format', async () => {
    await expect(
      reader.read(
        change(
          'https://bitbucket.example.com/projects/PLAT/repos/gitops/browse',
        ),
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        '/projects/<PROJECT>/repos/<repo>/pull-requests/<id>',
      ),
    });
  });

  it.each([
    [
      404,
      /Could not read pull request https:\/\/bitbucket.example.com\/projects\/PLAT\/repos\/gitops\/pull-requests\/4: not found \(404\)/,
    ],
    [
      500,
      /Could not read pull request https:\/\/bitbucket.example.com\/projects\/PLAT\/repos\/gitops\/pull-requests\/4: 500 Internal Server Error/,
    ],
  ])(
    'names the pull request, and not the token, when Bitbucket Server answers %d',
    async (status, message) => {
      answer(API, { errors: [{ message: 'Boom' }] }, status);

      const error = await reader.read(change(PULL_REQUEST)).catch(e => e);

      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(TOKEN);
    },
  );
});
