import fs from 'node:fs';
import git from 'isomorphic-git';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type { ExposureChangeStatus } from '@portway/plugin-routing-common';
import {
  ChangeStateOptions,
  CreateBranchOptions,
  GitAuthor,
  LocalGitOpsRepository,
} from '../types';
import { assertValidBranchName } from './branchNames';
import {
  findBranchCommit,
  readFolderAtCommit,
  writeFilesOnTree,
} from './gitObjects';
import { isMerged, listRequestBranches } from './listRequestBranches';
import {
  findLocalRepository,
  openLocalRepository,
} from './openLocalRepository';

/**
 * Options for {@link createLocalGitOpsRepository}.
 *
 * @public
 */
export interface LocalGitOpsRepositoryOptions {
  /** Absolute path of the repository folder; created on first use when missing or empty. */
  path: string;
  /** Absolute path of the folder whose files become the first commit of a new repository. */
  seedDirectory?: string;
  /** The branch that request branches start from. */
  baseBranch: string;
  /** The author and committer of Portway's commits. */
  author: GitAuthor;
  /** The calling plugin's logger. */
  logger: LoggerService;
}

/**
 * The embedded GitOps repository: a git repository on disk, read and written with
 * isomorphic-git (no `git` command needed). A request becomes a branch holding one commit on
 * top of the base branch; objects are written first and the branch ref last. Request
 * branches not merged into the base branch are the pending changes.
 *
 * @public
 */
export function createLocalGitOpsRepository(
  options: LocalGitOpsRepositoryOptions,
): LocalGitOpsRepository {
  const { baseBranch, author, logger } = options;
  let opening: Promise<string> | undefined;

  function gitDir(): Promise<string> {
    opening ??= openLocalRepository(options).catch(error => {
      opening = undefined;
      throw error;
    });
    return opening;
  }

  async function baseCommit(gitdir: string): Promise<string> {
    const oid = await findBranchCommit(gitdir, baseBranch);
    if (!oid) {
      throw new NotFoundError(
        `The local GitOps repository ${options.path} has no branch "${baseBranch}": check routing.gitops.local.baseBranch`,
      );
    }
    return oid;
  }

  async function createBranch({
    branchName,
    files,
    filesToDelete = [],
    message,
  }: CreateBranchOptions) {
    assertValidBranchName(branchName);
    const gitdir = await gitDir();
    const exists = () =>
      new ConflictError(
        `Branch "${branchName}" already exists in the local GitOps repository ${options.path}: ` +
          'merge or delete it, or choose another route name',
      );
    if (await findBranchCommit(gitdir, branchName)) throw exists();
    const parent = await baseCommit(gitdir);
    const { commit: base } = await git.readCommit({ fs, gitdir, oid: parent });
    const tree = await writeFilesOnTree(
      gitdir,
      base.tree,
      files,
      filesToDelete,
    );
    const person = {
      ...author,
      timestamp: Math.floor(Date.now() / 1000),
      timezoneOffset: 0,
    };
    const commitSha = await git.writeCommit({
      fs,
      gitdir,
      commit: {
        message,
        tree,
        parent: [parent],
        author: person,
        committer: person,
      },
    });
    try {
      await git.writeRef({
        fs,
        gitdir,
        ref: `refs/heads/${branchName}`,
        value: commitSha,
      });
    } catch (error) {
      if (error instanceof git.Errors.AlreadyExistsError) throw exists();
      throw error;
    }
    logger.info('Created a branch in the local GitOps repository', {
      path: options.path,
      branchName,
      commitSha,
      files: files.length,
      deletedFiles: filesToDelete.length,
    });
    return { commitSha };
  }

  async function changeState({
    branchName,
    commitSha,
  }: ChangeStateOptions): Promise<ExposureChangeStatus> {
    assertValidBranchName(branchName);
    const gitdir = await gitDir();
    const base = await baseCommit(gitdir);
    const head = await findBranchCommit(gitdir, branchName);
    if (head) {
      return (await isMerged(gitdir, base, head))
        ? { state: 'merged' }
        : { state: 'open' };
    }
    if (commitSha && (await isMerged(gitdir, base, commitSha))) {
      return { state: 'merged' };
    }
    return {
      state: 'closed',
      reason: `branch ${branchName} was deleted without being merged`,
    };
  }

  return {
    target: { provider: 'local', baseBranch },
    path: options.path,
    async readFolder(folder) {
      const gitdir = await gitDir();
      return readFolderAtCommit(gitdir, await baseCommit(gitdir), folder);
    },
    createBranch,
    changeState,
    async listPendingChanges() {
      // Listing never creates the repository: one that does not exist has nothing pending.
      const gitdir = await findLocalRepository(options.path);
      if (!gitdir) return [];
      return listRequestBranches(gitdir, await baseCommit(gitdir));
    },
  };
}
