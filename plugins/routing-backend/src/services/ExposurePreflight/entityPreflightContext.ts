import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  ExposurePolicy,
  Finding,
  PreflightContext,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { preflightClusters } from '../../clusters/preflightClusters';
import { entitySelector } from '../EntityRoutes/entitySelector';
import { entityOwners } from './entityOwners';
import { GitOpsFolderRequest, readGitOpsFolder } from './readGitOpsFolder';

/** Where an entity's preflight context comes from. */
export interface PreflightSources {
  /** The caches of every cluster (no I/O to a cluster). */
  clusters: ClusterCaches;
  /** The GitOps repository, for the request's folder. */
  gitops: Pick<GitOpsRepository, 'readFolder'>;
  logger: LoggerService;
  /** The exposure policy, checked with the entity's owners; undefined: none. */
  policy?: ExposurePolicy;
  /** The clock, for the age of stale data. */
  now: () => number;
}

/** A preflight's context, and the GitOpsUnavailable warning when the folder could not be read. */
export interface EntityPreflightContext {
  context: PreflightContext;
  findings: Finding[];
}

/**
 * What a request of `entity` is checked against: the clusters' caches as they are now, the
 * entity's ownership of objects (its selector) and its owners for the policy, and the files of
 * the request's GitOps folder.
 */
export async function entityPreflightContext(
  sources: PreflightSources,
  request: GitOpsFolderRequest,
  entity: Entity,
): Promise<EntityPreflightContext> {
  const { clusters, gitops, logger, policy, now } = sources;
  const folder = await readGitOpsFolder(gitops, request, logger);
  const at = now();
  return {
    context: {
      clusters: preflightClusters(clusters.list(), at),
      ownsService: entitySelector(entity).matches,
      policy,
      owners: entityOwners(entity),
      existingFolder: folder.existingFolder,
      now: at,
    },
    findings: folder.findings,
  };
}
