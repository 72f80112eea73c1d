import { pathToFileURL } from 'node:url';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  LocalGitOpsRepository,
  readDirectoryFiles,
} from '@portway/plugin-routing-node';

/** What to commit, and how to name the branch and the commit. */
export interface WorkspaceBranchOptions {
  /** Workspace folder to commit, default "." (the whole workspace). */
  sourcePath?: string;
  /** The new branch; it must not exist yet. */
  branchName: string;
  /** First line of the commit message. */
  title: string;
  /** Rest of the commit message. */
  description?: string;
  /** Repository paths of files the commit deletes; those the base branch does not have are skipped. */
  filesToDelete?: string[];
}

/** The branch created in the local repository. */
export type WorkspaceBranch = {
  branchName: string;
  commitSha: string;
  /** Path of the local repository on the backend host. */
  repositoryPath: string;
  /** A file:// URL of the repository, for `git clone`. */
  remoteUrl: string;
};

/**
 * Commits every file below `sourcePath` of the workspace (at its path relative to it), and the
 * deletion of `filesToDelete`, to a new branch of the local GitOps repository, one commit on the
 * base branch. Runs inside `ctx.checkpoint`, so a retried task reuses the first commit.
 * InputError when there is nothing to commit, ConflictError when the branch exists already.
 */
export async function commitWorkspaceBranch(
  ctx: Pick<ActionContext<any, any>, 'workspacePath' | 'checkpoint'>,
  gitops: LocalGitOpsRepository,
  options: WorkspaceBranchOptions,
): Promise<WorkspaceBranch> {
  const { branchName, title, description, filesToDelete = [] } = options;
  const sourcePath = options.sourcePath ?? '.';
  const sourceDir = resolveSafeChildPath(ctx.workspacePath, sourcePath);
  const { commitSha } = await ctx.checkpoint({
    key: `routing.gitops.branch.${branchName}`,
    fn: async () => {
      const files = await readDirectoryFiles(sourceDir);
      if (files.length === 0 && filesToDelete.length === 0) {
        throw new InputError(`Nothing to commit: ${sourcePath} holds no files`);
      }
      const message = description ? `${title}\n\n${description}` : title;
      return gitops.createBranch({ branchName, files, filesToDelete, message });
    },
  });
  return {
    branchName,
    commitSha,
    repositoryPath: gitops.path,
    remoteUrl: pathToFileURL(gitops.path).href,
  };
}
