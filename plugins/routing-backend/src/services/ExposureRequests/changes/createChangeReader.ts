import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import type { ExposureChangeProvider } from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import { createBitbucketServerChangeReader } from './bitbucketServerChangeReader';
import { createGithubChangeReader } from './githubChangeReader';
import { createGitlabChangeReader } from './gitlabChangeReader';
import { createLocalChangeReader } from './localChangeReader';
import type { ChangeReader } from './types';

/** What {@link createChangeReader} needs. */
export interface CreateChangeReaderOptions {
  /** The root config; the forges are read with its `integrations`. */
  config: Config;
  /** The configured GitOps repository; local changes are read from it. */
  gitops: GitOpsRepository;
  /** The plugin's logger. */
  logger: LoggerService;
}

/**
 * Reads what became of a request's change, from the local repository or from its forge
 * (GitHub, GitLab or Bitbucket Server) through Backstage's integrations.
 */
export function createChangeReader(
  options: CreateChangeReaderOptions,
): ChangeReader {
  const { config, gitops, logger } = options;
  const integrations = ScmIntegrations.fromConfig(config);
  const readers: Record<ExposureChangeProvider, ChangeReader> = {
    local: createLocalChangeReader(gitops),
    github: createGithubChangeReader(integrations),
    gitlab: createGitlabChangeReader(integrations),
    bitbucketServer: createBitbucketServerChangeReader(integrations),
  };
  return {
    async read(change) {
      if (!Object.hasOwn(readers, change.provider)) {
        throw new InputError(
          `Cannot read a change on "${
            change.provider
          }": use one of ${Object.keys(readers).join(', ')}`,
        );
      }
      const status = await readers[change.provider].read(change);
      logger.debug('Read the change of an exposure request', {
        provider: change.provider,
        branchName: change.branchName,
        pullRequestUrl: change.pullRequestUrl ?? null,
        state: status.state,
      });
      return status;
    },
  };
}
