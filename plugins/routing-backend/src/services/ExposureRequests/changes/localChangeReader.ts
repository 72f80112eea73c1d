import { InputError } from '@backstage/errors';
import {
  GitOpsRepository,
  isLocalGitOpsRepository,
} from '@portway/plugin-routing-node';
import type { ChangeReader } from './types';

/** Reads changes made in the local GitOps repository: what became of their branches. */
export function createLocalChangeReader(
  gitops: GitOpsRepository,
): ChangeReader {
  return {
    async read(change) {
      if (!isLocalGitOpsRepository(gitops)) {
        throw new InputError(
          `The change on branch ${change.branchName} was made in the local GitOps repository, ` +
            `but routing.gitops is now the ${gitops.target.provider} repository: its branch cannot be read`,
        );
      }
      return gitops.changeState({
        branchName: change.branchName,
        commitSha: change.commitSha,
      });
    },
  };
}
