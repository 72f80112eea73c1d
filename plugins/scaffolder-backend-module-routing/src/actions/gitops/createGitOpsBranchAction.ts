import { PermissionsService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  GitOpsRepository,
  isLocalGitOpsRepository,
} from '@portway/plugin-routing-node';
import { checkExposurePermission } from '../checkExposurePermission';
import { commitWorkspaceBranch } from './commitWorkspaceBranch';
import { examples } from './createGitOpsBranchAction.examples';

/**
 * Options for {@link createGitOpsBranchAction}.
 *
 * @public
 */
export interface GitOpsBranchActionOptions {
  /** The configured GitOps repository; the action works only when it is the local one. */
  gitops: GitOpsRepository;
  /** Decides whether the task's initiator may request exposure of the entity (`routing.exposure.create`). */
  permissions: PermissionsService;
}

/**
 * `routing:gitops:branch`: commits the workspace files to a new branch of the local GitOps
 * repository, one commit on top of the base branch, for an initiator allowed to request
 * exposure of the entity (`routing.exposure.create`). A retried task reuses the first commit.
 *
 * @public
 */
export function createGitOpsBranchAction(options: GitOpsBranchActionOptions) {
  const { gitops, permissions } = options;
  return createTemplateAction({
    id: 'routing:gitops:branch',
    description:
      'Commits the workspace files to a new branch of the local GitOps repository (the embedded default)',
    examples,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The entity the change is requested for; the initiator needs routing.exposure.create on it',
            ),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace folder to commit, default "." (the whole workspace)',
            ),
        branchName: z =>
          z.string().describe('The new branch; it must not exist yet'),
        title: z => z.string().describe('First line of the commit message'),
        description: z =>
          z
            .string()
            .optional()
            .describe('Rest of the commit message (markdown)'),
      },
      output: {
        branchName: z => z.string().describe('The branch created'),
        commitSha: z => z.string().describe('The commit on the branch'),
        repositoryPath: z =>
          z
            .string()
            .describe('Path of the local repository on the backend host'),
        remoteUrl: z =>
          z
            .string()
            .describe('A file:// URL of the repository, for `git clone`'),
      },
    },
    async handler(ctx) {
      if (!isLocalGitOpsRepository(gitops)) {
        throw new InputError(
          `routing:gitops:branch needs the local GitOps repository, but routing.gitops.provider is ` +
            `"${gitops.target.provider}": use publish:${gitops.target.provider}:* instead`,
        );
      }
      const { entityRef } = ctx.input;
      await checkExposurePermission(
        permissions,
        await ctx.getInitiatorCredentials(),
        entityRef,
      );
      const branch = await commitWorkspaceBranch(ctx, gitops, ctx.input);
      ctx.logger.info(
        `Branch ${branch.branchName} of ${gitops.path} is at ${branch.commitSha}`,
      );
      ctx.output('branchName', branch.branchName);
      ctx.output('commitSha', branch.commitSha);
      ctx.output('repositoryPath', branch.repositoryPath);
      ctx.output('remoteUrl', branch.remoteUrl);
    },
  });
}
