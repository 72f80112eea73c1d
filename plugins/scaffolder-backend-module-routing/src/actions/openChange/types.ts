import type {
  ActionContext,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type {
  ForgeProvider,
  GitOpsProvider,
} from '@portway/plugin-routing-node';

/** The change to open: the workspace files below `sourcePath`, and the deletions, on a new branch. */
export interface ChangeToOpen {
  /** The new branch. */
  branchName: string;
  /** The pull request title (the commit message's first line). */
  title: string;
  /** The pull request description (markdown). */
  description: string;
  /** Workspace folder whose files the change holds, at their paths relative to it. */
  sourcePath: string;
  /**
   * Repository paths (from its root, forward slashes) of files the change deletes. Where the
   * forge's publish action cannot delete, the description names them as left to delete.
   */
  filesToDelete?: string[];
}

/** A change that was opened: where it is, for the request's record and the template's links. */
export type OpenedChange = {
  provider: GitOpsProvider;
  branchName: string;
  /** The commit on the branch; the local repository only. */
  commitSha?: string;
  /** The pull (merge) request's web URL; forges only. */
  pullRequestUrl?: string;
  /** A file:// URL of the local repository. */
  remoteUrl?: string;
  /** Path of the local repository on the backend host. */
  repositoryPath?: string;
  /** Where to look at the change: the pull request, or the local repository's file:// URL. */
  changeUrl: string;
};

/** Opens a change where the GitOps repository is, with the step's context (workspace, checkpoints, logger). */
export type ChangeOpener = (
  ctx: ActionContext<any, any>,
  change: ChangeToOpen,
) => Promise<OpenedChange>;

/**
 * Backstage's own publish actions, one per forge, that open the pull (merge) request.
 *
 * @public
 */
export type PublishActions = Record<
  ForgeProvider,
  TemplateAction<any, any, any>
>;
