import {
  ExistingFolder,
  ExposureChangeStatus,
} from '@portway/plugin-routing-common';

/**
 * Where a GitOps repository lives: on disk (`local`) or on one of the forges.
 *
 * @public
 */
export type GitOpsProvider = 'local' | 'github' | 'gitlab' | 'bitbucketServer';

/**
 * The forges whose `publish:*` actions open the pull request for an exposure request.
 *
 * @public
 */
export const forgeProviders = ['github', 'gitlab', 'bitbucketServer'] as const;

/**
 * One of {@link forgeProviders}.
 *
 * @public
 */
export type ForgeProvider = (typeof forgeProviders)[number];

/**
 * What a template needs to know to pick and fill its publish step.
 *
 * @public
 */
export interface GitOpsTarget {
  /** Which publish step applies: `routing:gitops:branch` for `local`, else `publish:<provider>:*`. */
  provider: GitOpsProvider;
  /** The repository in the `publish:*` actions' repoUrl format; forges only. */
  repoUrl?: string;
  /** The branch that request branches start from and pull requests target. */
  baseBranch: string;
}

/**
 * A commit author.
 *
 * @public
 */
export interface GitAuthor {
  /** The author's name. */
  name: string;
  /** The author's e-mail address. */
  email: string;
}

/**
 * A file to commit, with a path relative to the repository root (forward slashes).
 *
 * @public
 */
export interface GitOpsFile {
  /** Path from the repository root, forward slashes. */
  path: string;
  /** The file's bytes, or text written as UTF-8. */
  content: Buffer | string;
}

/**
 * A change waiting for review: a request branch not merged into the base branch yet.
 *
 * @public
 */
export interface PendingChange {
  /** The branch holding the change, e.g. portway/expose-reviews-reviews. */
  branchName: string;
  /** The head commit of the branch. */
  commitSha: string;
  /** When the head commit was made, ISO 8601. */
  createdAt: string;
  /** Files the branch adds or changes compared with the base branch (path from the repository root, forward slashes; UTF-8 content). */
  files: Array<{ path: string; content: string }>;
}

/**
 * The GitOps repository that exposure requests go to.
 *
 * @public
 */
export interface GitOpsRepository {
  /** Where changes go, for the template's publish step. */
  readonly target: GitOpsTarget;
  /**
   * The files directly in a folder of the base branch, by file name; empty when the folder
   * does not exist.
   */
  readFolder(folder: string): Promise<ExistingFolder>;
  /** Changes waiting for review. The local repository lists its request branches; forges answer [] for now (open pull requests are not read yet). */
  listPendingChanges(): Promise<PendingChange[]>;
}

/**
 * Options for {@link LocalGitOpsRepository.createBranch}.
 *
 * @public
 */
export interface CreateBranchOptions {
  /** The new branch; it must not exist yet. */
  branchName: string;
  /** Files added or replaced on top of the base branch; everything else stays as it is. */
  files: GitOpsFile[];
  /**
   * Paths from the repository root (forward slashes) of files the commit deletes; one the base
   * branch does not have is skipped, a folder left empty goes with its last file.
   */
  filesToDelete?: string[];
  /** The commit message. */
  message: string;
}

/**
 * Options for {@link LocalGitOpsRepository.changeState}.
 *
 * @public
 */
export interface ChangeStateOptions {
  /** The request branch the change was made on. */
  branchName: string;
  /** The commit the branch was created with; tells a merged branch that was deleted from one deleted unmerged. */
  commitSha?: string;
}

/**
 * The embedded default: a git repository on disk where a request becomes a branch.
 *
 * @public
 */
export interface LocalGitOpsRepository extends GitOpsRepository {
  /** Where changes go; always the `local` provider. */
  readonly target: GitOpsTarget & { provider: 'local' };
  /** Absolute path of the repository folder. */
  readonly path: string;
  /**
   * Creates a branch with one commit on top of the base branch holding the files, without the
   * files to delete. The branch appears at once or not at all; the base branch and any working tree are never touched.
   * Throws ConflictError when the branch exists already.
   */
  createBranch(options: CreateBranchOptions): Promise<{ commitSha: string }>;
  /**
   * What became of a change's branch: merged when its head (or, once the branch is deleted,
   * its recorded commit) is contained in the base branch; open while the branch exists
   * unmerged; closed when it was deleted unmerged. Throws InputError for an invalid branch name.
   */
  changeState(options: ChangeStateOptions): Promise<ExposureChangeStatus>;
}

/**
 * Tells the local repository apart from a forge.
 *
 * @public
 */
export function isLocalGitOpsRepository(
  repository: GitOpsRepository,
): repository is LocalGitOpsRepository {
  return repository.target.provider === 'local';
}
