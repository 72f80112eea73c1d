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
  ): Record<string, unknown>;
  /** The output that holds the pull (merge) request's web URL. */
  pullRequestUrlOutput: string;
  /** Whether the input carries `filesToDelete`, deleted in the same commit. */
  deletesFiles: boolean;
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

/**
 * Deletions: `publish:github:pull-request` takes `filesToDelete` (paths below `targetPath`, here
 * the repository root). `publish:gitlab:merge-request` applies one `commitAction` to every
 * workspace file, and `publish:bitbucketServer:pull-request` copies the workspace over a clone
 * and adds it, so neither can delete a file beside the others.
 */
const forgePublishSteps: Record<ForgeProvider, ForgePublishStep> = {
  github: {
    input: (repoUrl, baseBranch, change) => ({
      ...pullRequestInput(repoUrl, baseBranch, change),
      ...(change.filesToDelete?.length
        ? { filesToDelete: change.filesToDelete }
        : {}),
    }),
    pullRequestUrlOutput: 'remoteUrl',
    deletesFiles: true,
  },
  gitlab: {
    input: pullRequestInput,
    pullRequestUrlOutput: 'mergeRequestUrl',
    deletesFiles: false,
  },
  bitbucketServer: {
    deletesFiles: false,
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

/** The description with a section naming the files that `actionId` could not delete. */
export function withFilesLeftToDelete(
  description: string,
  actionId: string,
  files: string[],
): string {
  return [
    description.trimEnd(),
    '',
    `**Files left to delete:** \`${actionId}\` cannot delete files in the same change, so these`,
    'stay in the repository: delete them in this pull request before merging, or afterwards.',
    '',
    ...files.map(file => `- \`${file}\``),
    '',
  ].join('\n');
}

/**
 * Opens the change as a pull (merge) request with the forge's own publish action, run with the
 * step's context (workspace, checkpoints, logger) and this input; what it outputs is read back
 * for the request's record. A forge that cannot delete files gets the change without them, its
 * description naming them as left to delete.
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
    const leftToDelete = step.deletesFiles ? [] : change.filesToDelete ?? [];
    let toOpen = change;
    if (leftToDelete.length > 0) {
      ctx.logger.warn(
        `${
          action.id
        } cannot delete files: the pull request names ${leftToDelete.join(
          ', ',
        )} as left to delete`,
      );
      toOpen = {
        ...change,
        description: withFilesLeftToDelete(
          change.description,
          action.id,
          leftToDelete,
        ),
      };
    }
    const outputs: Record<string, unknown> = {};
    ctx.logger.info(`Running ${action.id} for branch ${change.branchName}`);
    await action.handler({
      ...ctx,
      input: step.input(target.repoUrl, target.baseBranch, toOpen),
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
