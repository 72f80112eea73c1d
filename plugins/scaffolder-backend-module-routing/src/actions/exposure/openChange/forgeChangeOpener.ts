import path from 'node:path';
import { InputError } from '@backstage/errors';
import type { ForgeProvider, GitOpsTarget } from '@portway/plugin-routing-node';
import type { ChangeOpener, ChangeToOpen, PublishActions } from './types';

/** How a forge's publish action is asked to open the change, and where it tells the pull request. */
interface ForgePublishStep {
  /** The publish action's input. */
  input(
    repoUrl: string,
    baseBranch: string,
    change: ChangeToOpen,
  ): Record<string, string>;
  /** The output that holds the pull (merge) request's web URL. */
  pullRequestUrlOutput: string;
}

/** `publish:github:pull-request` and `publish:gitlab:merge-request` take the same input. */
const pullRequestInput: ForgePublishStep['input'] = (
  repoUrl,
  baseBranch,
  change,
) => ({
  repoUrl,
  branchName: change.branchName,
  targetBranchName: baseBranch,
  title: change.title,
  description: change.description,
  sourcePath: change.sourcePath,
  targetPath: '.',
});

const forgePublishSteps: Record<ForgeProvider, ForgePublishStep> = {
  github: { input: pullRequestInput, pullRequestUrlOutput: 'remoteUrl' },
  gitlab: { input: pullRequestInput, pullRequestUrlOutput: 'mergeRequestUrl' },
  bitbucketServer: {
    input(repoUrl, baseBranch, change) {
      if (path.posix.normalize(change.sourcePath) !== '.') {
        throw new InputError(
          `publish:bitbucketServer:pull-request commits the whole workspace: sourcePath must be ".", got "${change.sourcePath}"`,
        );
      }
      return {
        repoUrl,
        sourceBranch: change.branchName,
        targetBranch: baseBranch,
        title: change.title,
        description: change.description,
      };
    },
    pullRequestUrlOutput: 'pullRequestUrl',
  },
};

/**
 * Opens the change as a pull (merge) request with the forge's own publish action, run with the
 * step's context (workspace, checkpoints, logger) and this input; what it outputs is read back
 * for the request's record.
 */
export function forgeChangeOpener(
  provider: ForgeProvider,
  target: GitOpsTarget,
  publishActions: PublishActions,
): ChangeOpener {
  const action = publishActions[provider];
  const step = forgePublishSteps[provider];
  return async (ctx, change) => {
    if (!target.repoUrl) {
      throw new InputError(
        `routing.gitops.repoUrl is needed to open a pull request on ${provider}`,
      );
    }
    const outputs: Record<string, unknown> = {};
    ctx.logger.info(`Running ${action.id} for branch ${change.branchName}`);
    await action.handler({
      ...ctx,
      input: step.input(target.repoUrl, target.baseBranch, change),
      output(name: string, value: unknown) {
        outputs[name] = value;
      },
    });
    const pullRequestUrl = outputs[step.pullRequestUrlOutput];
    if (typeof pullRequestUrl !== 'string') {
      throw new Error(
        `${action.id} opened no pull request: it gave no ${step.pullRequestUrlOutput}`,
      );
    }
    return {
      provider,
      branchName: change.branchName,
      pullRequestUrl,
      changeUrl: pullRequestUrl,
    };
  };
}
