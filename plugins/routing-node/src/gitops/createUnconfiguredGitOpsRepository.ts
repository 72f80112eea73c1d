import { LocalGitOpsRepository } from './types';

/** Says what to configure; thrown whenever a request needs the GitOps repository. */
export const MISSING_GITOPS_CONFIG =
  'Missing routing.gitops: set routing.gitops.local.path for a local GitOps repository, ' +
  'or routing.gitops.provider, repoUrl and url for one on GitHub, GitLab or Bitbucket Server';

/**
 * Stands in when `routing.gitops` is not configured, so the backend still starts and the
 * actions fail with a message that says what to configure. Nothing is pending there.
 */
export function createUnconfiguredGitOpsRepository(): LocalGitOpsRepository {
  const fail = async (): Promise<never> => {
    throw new Error(MISSING_GITOPS_CONFIG);
  };
  return {
    target: { provider: 'local', baseBranch: 'main' },
    path: '',
    readFolder: fail,
    createBranch: fail,
    changeState: fail,
    listPendingChanges: async () => [],
  };
}
