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

describe('changeState of the local repository', () => {
  const tempDir = useTempDirs();

  /** A seeded repository with one request branch, and ways to move its refs as a reviewer would. */
  async function repositoryWithRequestBranch() {
    const repository = await createSeededLocalRepository(await tempDir());
    const { commitSha } = await repository.createBranch({
      branchName: BRANCH,
      files: [{ path: ROUTE_FILE, content: 'kind: HTTPRoute\n' }],
      message: 'Expose storefront over HTTP',
    });
    const { gitdir, head } = inspectRepository(repository.path);
    const setMain = (oid: string) =>
      git.writeRef({
        fs,
        gitdir,
        ref: 'refs/heads/main',
        value: oid,
        force: true,
      });
    /** Commits on main with the given parents (main's head first), keeping the tree of `treeFrom`. */
    const commitOnMain = async (parents: string[], treeFrom: string) => {
      const { commit } = await git.readCommit({ fs, gitdir, oid: treeFrom });
      const oid = await git.writeCommit({
        fs,
        gitdir,
        commit: { ...commit, message: 'On main\n', parent: parents },
      });
      await setMain(oid);
      return oid;
    };
    return {
      repository,
      commitSha,
      head,
      setMain,
      commitOnMain,
      deleteBranch: () =>
        git.deleteRef({ fs, gitdir, ref: `refs/heads/${BRANCH}` }),
    };
  }

  it('answers open while the branch exists and is not in the base branch', async () => {
    const { repository, commitSha } = await repositoryWithRequestBranch();

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'open' });
  });

  it('answers open when the base branch moved on without merging the branch', async () => {
    const { repository, commitSha, head, commitOnMain } =
      await repositoryWithRequestBranch();
    const main = await head('main');
    await commitOnMain([main], main);

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'open' });
  });

  it('answers merged when the base branch was fast-forwarded to the branch', async () => {
    const { repository, commitSha, setMain } =
      await repositoryWithRequestBranch();
    await setMain(commitSha);

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'merged' });
  });

  it('answers merged when the branch came in through a merge commit after the base branch moved on', async () => {
    const { repository, commitSha, head, commitOnMain } =
      await repositoryWithRequestBranch();
    const main = await head('main');
    const moved = await commitOnMain([main], main);
    await commitOnMain([moved, commitSha], commitSha);

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'merged' });
  });

  it('answers merged when the branch was merged and then deleted', async () => {
    const { repository, commitSha, head, commitOnMain, deleteBranch } =
      await repositoryWithRequestBranch();
    await commitOnMain([await head('main'), commitSha], commitSha);
    await deleteBranch();

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({ state: 'merged' });
  });

  it('answers closed, naming the branch, when the branch was deleted without being merged', async () => {
    const { repository, commitSha, deleteBranch } =
      await repositoryWithRequestBranch();
    await deleteBranch();

    expect(
      await repository.changeState({ branchName: BRANCH, commitSha }),
    ).toEqual({
      state: 'closed',
      reason: `branch ${BRANCH} was deleted without being merged`,
    });
  });

  it('answers closed for a deleted branch when no commit was recorded to look for', async () => {
    const { repository, commitSha, setMain, deleteBranch } =
      await repositoryWithRequestBranch();
    await setMain(commitSha);
    await deleteBranch();

    expect(await repository.changeState({ branchName: BRANCH })).toEqual({
      state: 'closed',
      reason: `branch ${BRANCH} was deleted without being merged`,
    });
  });

  it('refuses a branch name that is not a valid git branch name', async () => {
    const { repository } = await repositoryWithRequestBranch();

    await expect(
      repository.changeState({ branchName: '../../HEAD' }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });
});
