import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import {
  createSeededLocalRepository,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import type { ExposureChange } from '@portway/plugin-routing-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createChangeReader } from './createChangeReader';

const BRANCH = 'portway/expose-storefront-storefront';

describe('createChangeReader', () => {
  const tempDir = useTempDirs();
  const server = setupServer();
  registerMswTestHooks(server);

  async function changeReader() {
    const gitops = await createSeededLocalRepository(await tempDir());
    const { commitSha } = await gitops.createBranch({
      branchName: BRANCH,
      files: [{ path: 'route.yaml', content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    const reader = createChangeReader({
      config: mockServices.rootConfig({
        data: {
          integrations: { github: [{ host: 'github.com', token: 'ghp-x' }] },
        },
      }),
      gitops,
      logger: mockServices.logger.mock(),
    });
    return { reader, commitSha };
  }

  it('reads a local change from the local repository', async () => {
    const { reader, commitSha } = await changeReader();

    expect(
      await reader.read({ provider: 'local', branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'open' });
  });

  it("reads a forge change from the forge of its pull request, with the config's integrations", async () => {
    const { reader } = await changeReader();
    server.use(
      http.get('https://api.github.com/repos/acme/gitops/pulls/3', () =>
        HttpResponse.json({ number: 3, state: 'closed', merged: true }),
      ),
    );

    expect(
      await reader.read({
        provider: 'github',
        branchName: BRANCH,
        pullRequestUrl: 'https://github.com/acme/gitops/pull/3',
      }),
    ).toEqual({ state: 'merged' });
  });

  it('refuses a provider it does not know, naming the ones it reads', async () => {
    const { reader } = await changeReader();

    await expect(
      reader.read({
        provider: 'gitea',
        branchName: BRANCH,
      } as unknown as ExposureChange),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'use one of local, github, gitlab, bitbucketServer',
      ),
    });
  });
});
