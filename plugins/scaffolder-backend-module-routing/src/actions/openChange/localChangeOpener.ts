import type { LocalGitOpsRepository } from '@portway/plugin-routing-node';
import { commitWorkspaceBranch } from '../gitops/commitWorkspaceBranch';
import type { ChangeOpener } from './types';

/** Opens the change as a new branch of the local GitOps repository, as `routing:gitops:branch` does. */
export function localChangeOpener(gitops: LocalGitOpsRepository): ChangeOpener {
  return async (ctx, change) => {
    const branch = await commitWorkspaceBranch(ctx, gitops, change);
    ctx.logger.info(
      `Branch ${branch.branchName} of ${branch.repositoryPath} is at ${branch.commitSha}`,
    );
    return { provider: 'local', ...branch, changeUrl: branch.remoteUrl };
  };
}
