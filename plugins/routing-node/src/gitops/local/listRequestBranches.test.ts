import fs from 'node:fs';
import git from 'isomorphic-git';
import {
  createSeededLocalRepository,
  inspectRepository,
  STOREFRONT_FOLDER,
  useTempDirs,
} from '../../testUtils';

const BRANCH = 'portway/expose-storefront-storefront';
const ROUTE_FILE = `${STOREFRONT_FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${STOREFRONT_FOLDER}/kustomization.yaml`;

/** Points a branch at a commit, as a merge on the base branch would. */
async function moveBranch(gitdir: string, branch: string, oid: string) {
  await git.writeRef({
    fs,
    gitdir,
    ref: `refs/heads/${branch}`,
    value: oid,
    force: true,
  });
}

describe('listPendingChanges of the local repository', () => {
  const tempDir = useTempDirs();

  async function createdRepository() {
    const repository = await createSeededLocalRepository(await tempDir());
    await repository.readFolder(STOREFRONT_FOLDER); // creates it from the seed
    return { repository, repo: inspectRepository(repository.path) };
  }

  it('lists nothing for a freshly created repository', async () => {
    const { repository } = await createdRepository();

    expect(await repository.listPendingChanges()).toEqual([]);
  });

  it('lists a request branch with its head commit and exactly the files it adds or changes', async () => {
    const { repository, repo } = await createdRepository();
    const before = Date.now();
    const { commitSha } = await repository.createBranch({
      branchName: BRANCH,
      files: [
        { path: ROUTE_FILE, content: 'kind: HTTPRoute\n' },
        { path: KUSTOMIZATION_FILE, content: 'merged\n' },
        { path: 'README.md', content: '# seed\n' }, // unchanged: not listed
      ],
      message: 'Expose storefront over HTTP',
    });

    const changes = await repository.listPendingChanges();

    expect(changes).toEqual([
      {
        branchName: BRANCH,
        commitSha,
        createdAt: expect.any(String),
        files: [
          { path: ROUTE_FILE, content: 'kind: HTTPRoute\n' },
          { path: KUSTOMIZATION_FILE, content: 'merged\n' },
        ],
      },
    ]);
    const [{ commit }] = await repo.log(BRANCH);
    expect(changes[0].createdAt).toBe(
      new Date(commit.committer.timestamp * 1000).toISOString(),
    );
    expect(Date.parse(changes[0].createdAt)).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000,
    );
  });

  it('lists every unmerged request branch, by branch name', async () => {
    const { repository } = await createdRepository();
    for (const name of ['portway/b', 'portway/a']) {
      await repository.createBranch({
        branchName: name,
        files: [{ path: `${name}.yaml`, content: `${name}\n` }],
        message: name,
      });
    }

    const changes = await repository.listPendingChanges();

    expect(changes.map(change => change.branchName)).toEqual([
      'portway/a',
      'portway/b',
    ]);
    expect(changes[0].files).toEqual([
      { path: 'portway/a.yaml', content: 'portway/a\n' },
    ]);
  });

  it('leaves out a branch once the base branch has it merged', async () => {
    const { repository, repo } = await createdRepository();
    const { commitSha } = await repository.createBranch({
      branchName: BRANCH,
      files: [{ path: ROUTE_FILE, content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    await moveBranch(repo.gitdir, 'main', commitSha); // a fast-forward merge

    expect(await repository.listPendingChanges()).toEqual([]);
  });

  it('leaves out a merged branch after the base branch moved on', async () => {
    const { repository, repo } = await createdRepository();
    const { commitSha } = await repository.createBranch({
      branchName: BRANCH,
      files: [{ path: ROUTE_FILE, content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    const { commit } = await git.readCommit({
      fs,
      gitdir: repo.gitdir,
      oid: commitSha,
    });
    const later = await git.writeCommit({
      fs,
      gitdir: repo.gitdir,
      commit: { ...commit, message: 'Later work\n', parent: [commitSha] },
    });
    await moveBranch(repo.gitdir, 'main', later);

    expect(await repository.listPendingChanges()).toEqual([]);
  });

  it('ignores branches that are not Portway request branches', async () => {
    const { repository } = await createdRepository();
    await repository.createBranch({
      branchName: 'feature/by-hand',
      files: [{ path: 'by-hand.yaml', content: 'x\n' }],
      message: 'by hand',
    });

    expect(await repository.listPendingChanges()).toEqual([]);
  });

  it('leaves the base branch, HEAD and the working tree as they are', async () => {
    const { repository, repo } = await createdRepository();
    await repository.createBranch({
      branchName: BRANCH,
      files: [{ path: ROUTE_FILE, content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    const baseHead = await repo.head('main');
    const status = () =>
      git.statusMatrix({ fs, dir: repository.path, gitdir: repo.gitdir });
    const statusBefore = await status();

    await repository.listPendingChanges();

    expect(await repo.head('main')).toBe(baseHead);
    expect(await repo.currentBranch()).toBe('main');
    expect(await status()).toEqual(statusBefore);
  });
});
