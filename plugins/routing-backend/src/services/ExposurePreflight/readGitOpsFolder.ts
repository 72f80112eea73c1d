import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ExistingFolder,
  ExposureRequest,
  Finding,
  gitopsFolder,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';

/** What names a request's GitOps folder: its entity, cluster and namespace. */
export type GitOpsFolderRequest = Pick<
  ExposureRequest,
  'entityRef' | 'cluster' | 'namespace'
>;

/** What the GitOps repository holds in a request's folder, or a warning when it cannot be read. */
export interface GitOpsFolderRead {
  /** The folder's files; undefined when they could not be read. */
  existingFolder?: ExistingFolder;
  /** A `GitOpsUnavailable` warning when the folder could not be read. */
  findings: Finding[];
}

/**
 * Reads the request's GitOps folder. A repository that cannot be read (not configured, a forge
 * that does not answer) is a warning, not a failure: the preflight then renders
 * kustomization.yaml as new and cannot see the names already taken there.
 */
export async function readGitOpsFolder(
  gitops: Pick<GitOpsRepository, 'readFolder'>,
  request: GitOpsFolderRequest,
  logger: LoggerService,
): Promise<GitOpsFolderRead> {
  const folder = gitopsFolder(request);
  try {
    return { existingFolder: await gitops.readFolder(folder), findings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(`Could not read the GitOps folder ${folder}: ${reason}`, {
      folder,
    });
    return {
      findings: [
        {
          severity: 'warning',
          code: 'GitOpsUnavailable',
          message: `The GitOps folder ${folder} could not be read (${reason}): kustomization.yaml is shown as new, and names already taken there are not checked`,
        },
      ],
    };
  }
}
