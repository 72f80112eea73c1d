import { Config } from '@backstage/config';
import { MISSING_GITOPS_CONFIG } from './createUnconfiguredGitOpsRepository';
import { ForgeProvider, forgeProviders, GitAuthor } from './types';

/** The branch used when none is configured. */
export const DEFAULT_BASE_BRANCH = 'main';

/** The commit author used when none is configured. */
export const DEFAULT_AUTHOR: GitAuthor = {
  name: 'Portway',
  email: 'portway@localhost',
};

/**
 * `routing.gitops` for the embedded local repository.
 *
 * @public
 */
export interface LocalGitOpsConfig {
  /** Always `local`. */
  provider: 'local';
  /** Repository folder, as configured (relative to the backend's working directory). */
  path: string;
  /** Folder whose files become the first commit of a new repository, as configured. */
  seedDirectory?: string;
  /** The branch that request branches start from. */
  baseBranch: string;
  /** The author and committer of Portway's commits. */
  author: GitAuthor;
}

/**
 * `routing.gitops` for a repository on a forge.
 *
 * @public
 */
export interface ForgeGitOpsConfig {
  /** The forge that hosts the repository. */
  provider: ForgeProvider;
  /** The repository in the `publish:*` actions' repoUrl format. */
  repoUrl: string;
  /** The branch that pull requests target. */
  baseBranch: string;
  /** A browsable URL of the repository tree at the base branch, without a trailing slash. */
  url: string;
}

/**
 * The GitOps repository settings, read from `routing.gitops`.
 *
 * @public
 */
export type GitOpsConfig = LocalGitOpsConfig | ForgeGitOpsConfig;

function readProvider(gitops: Config): ForgeProvider {
  const provider = gitops.getString('provider');
  if (!(forgeProviders as readonly string[]).includes(provider)) {
    throw new Error(
      `routing.gitops.provider must be one of ${forgeProviders.join(
        ', ',
      )}, got "${provider}"`,
    );
  }
  return provider as ForgeProvider;
}

function readAuthor(local: Config, root: Config): GitAuthor {
  return {
    name:
      local.getOptionalString('author.name') ??
      root.getOptionalString('scaffolder.defaultAuthor.name') ??
      DEFAULT_AUTHOR.name,
    email:
      local.getOptionalString('author.email') ??
      root.getOptionalString('scaffolder.defaultAuthor.email') ??
      DEFAULT_AUTHOR.email,
  };
}

/**
 * Reads `routing.gitops`. A forge wins when `provider` is set; otherwise `local` is required.
 * The author of local commits falls back to `scaffolder.defaultAuthor`, then to Portway.
 */
export function readGitOpsConfig(config: Config): GitOpsConfig {
  const gitops = config.getOptionalConfig('routing.gitops');
  if (gitops?.has('provider')) {
    return {
      provider: readProvider(gitops),
      repoUrl: gitops.getString('repoUrl'),
      baseBranch: gitops.getOptionalString('baseBranch') ?? DEFAULT_BASE_BRANCH,
      url: gitops.getString('url').replace(/\/+$/, ''),
    };
  }
  const local = gitops?.getOptionalConfig('local');
  if (!local) {
    throw new Error(MISSING_GITOPS_CONFIG);
  }
  return {
    provider: 'local',
    path: local.getString('path'),
    seedDirectory: local.getOptionalString('seedDirectory'),
    baseBranch: local.getOptionalString('baseBranch') ?? DEFAULT_BASE_BRANCH,
    author: readAuthor(local, config),
  };
}
