import type { RootConfigService } from '@backstage/backend-plugin-api';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { createPublishBitbucketServerPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-bitbucket-server';
import { createPublishGithubPullRequestAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { createPublishGitlabMergeRequestAction } from '@backstage/plugin-scaffolder-backend-module-gitlab';
import type { PublishActions } from './types';

/**
 * Backstage's own `publish:github:pull-request`, `publish:gitlab:merge-request` and
 * `publish:bitbucketServer:pull-request`, with the forges' credentials from `integrations`.
 *
 * @public
 */
export function createPublishActions(
  config: RootConfigService,
): PublishActions {
  const integrations = ScmIntegrations.fromConfig(config);
  const githubCredentialsProvider =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);
  return {
    github: createPublishGithubPullRequestAction({
      integrations,
      githubCredentialsProvider,
      config,
    }),
    gitlab: createPublishGitlabMergeRequestAction({ integrations }),
    bitbucketServer: createPublishBitbucketServerPullRequestAction({
      integrations,
      config,
    }),
  };
}
