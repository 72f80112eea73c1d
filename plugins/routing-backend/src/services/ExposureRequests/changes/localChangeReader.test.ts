import fs from 'node:fs/promises';
import path from 'node:path';
import {
  createForgeGitOpsRepository,
  type LocalGitOpsRepository,
} from '@portway/plugin-routing-node';
import {
  createSeededLocalRepository,
  inspectRepository,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import { createLocalChangeReader } from './localChangeReader';

const BRANCH = 'portway/expose-storefront-storefront';

describe('createLocalChangeReader', () => {
  const tempDir = useTempDirs();

  async function repositoryWithRequestBranch(): Promise<{
    repository: LocalGitOpsRepository;
    commitSha: string;
  }> {
    const repository = await createSeededLocalRepository(await tempDir());
    const { commitSha } = await repository.createBranch({
      branchName: BRANCH,
      files: [{ path: 'route.yaml', content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    return { repository, commitSha };
  }

  it('reads an unmerged request branch as open', async () => {
    const { repository, commitSha } = await repositoryWithRequestBranch();

    expect(
      await createLocalChangeReader(repository).read({
        provider: 'local',
        branchName: BRANCH,
        commitSha,
      }),
    ).toEqual({ state: 'open' });
  });

  it('reads a branch that was merged and then deleted as merged, by its recorded commit', async () => {
    const { repository, commitSha } = await repositoryWithRequestBranch();
    const heads = path.join(
      inspectRepository(repository.path).gitdir,
      'refs/heads',
    );
    // A fast-forward merge, then the branch deleted, as git leaves loose refs.
    await fs.writeFile(path.join(heads, 'main'), `${commitSha}\n`);
    await fs.rm(path.join(heads, BRANCH));

    expect(
      await createLocalChangeReader(repository).read({
        provider: 'local',
        branchName: BRANCH,
        commitSha,
      }),
    ).toEqual({ state: 'merged' });
  });

  it('refuses a local change when routing.gitops is a forge, saying so', async () => {
    const forge = createForgeGitOpsRepository({
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
      url: 'https://github.com/acme/gitops/tree/main',
      reader: mockServices.urlReader.mock(),
    });

    await expect(
      createLocalChangeReader(forge).read({
        provider: 'local',
        branchName: BRANCH,
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'made in the local GitOps repository, but routing.gitops is now the github repository',
      ),
    });
  });
});
