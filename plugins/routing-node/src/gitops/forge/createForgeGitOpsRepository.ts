import { UrlReaderService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { ExistingFolder } from '@portway/plugin-routing-common';
import { ForgeProvider, GitOpsRepository } from '../types';

/**
 * Options for {@link createForgeGitOpsRepository}.
 *
 * @public
 */
export interface ForgeGitOpsRepositoryOptions {
  /** The forge that hosts the repository. */
  provider: ForgeProvider;
  /** The repository in the `publish:*` actions' repoUrl format (`github.com?owner=acme&repo=gitops`). */
  repoUrl: string;
  /** The branch that pull requests target. */
  baseBranch: string;
  /** A browsable URL of the repository tree at the base branch, without a trailing slash. */
  url: string;
  /** Backstage's URL readers, configured through `integrations`. */
  reader: UrlReaderService;
}

/**
 * A GitOps repository on GitHub, GitLab or Bitbucket Server. Existing files are read through
 * Backstage's URL readers; the template's `publish:*` step opens the pull request.
 *
 * @public
 */
export function createForgeGitOpsRepository(
  options: ForgeGitOpsRepositoryOptions,
): GitOpsRepository {
  const { provider, repoUrl, baseBranch, url, reader } = options;
  return {
    target: { provider, repoUrl, baseBranch },
    async readFolder(folder) {
      let tree;
      try {
        tree = await reader.readTree(`${url}/${folder}`);
      } catch (error) {
        if (isError(error) && error.name === 'NotFoundError') return {};
        throw error;
      }
      const existing: ExistingFolder = {};
      for (const file of await tree.files()) {
        if (!file.path.includes('/')) {
          existing[file.path] = (await file.content()).toString('utf8');
        }
      }
      return existing;
    },
    async listPendingChanges() {
      // Open pull requests are not read yet.
      return [];
    },
  };
}
