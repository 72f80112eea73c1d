import {
  ForgeProvider,
  GitOpsRepository,
  isLocalGitOpsRepository,
} from '@portway/plugin-routing-node';
import { forgeChangeOpener } from './forgeChangeOpener';
import { localChangeOpener } from './localChangeOpener';
import type { ChangeOpener, PublishActions } from './types';

/** Opens changes where the GitOps repository is: a branch of the local one, or a forge's pull request. */
export function changeOpenerFor(
  gitops: GitOpsRepository,
  publishActions: PublishActions,
): ChangeOpener {
  if (isLocalGitOpsRepository(gitops)) {
    return localChangeOpener(gitops);
  }
  // not the local repository, so one of the forges
  const provider = gitops.target.provider as ForgeProvider;
  return forgeChangeOpener(provider, gitops.target, publishActions);
}
