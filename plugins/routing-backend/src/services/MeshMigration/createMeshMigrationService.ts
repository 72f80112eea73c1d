import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  clusterStateFindings,
  type ExistingFolder,
  type Finding,
  type PreflightCluster,
  type VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { preflightClusters } from '../../clusters/preflightClusters';
import { entitySelector } from '../EntityRoutes/entitySelector';
import { withEntityNotFound } from '../ExposurePreflight/preflightFindings';
import { readGitOpsFolder } from '../ExposurePreflight/readGitOpsFolder';
import { conversionPreview } from './conversionPreview';
import { routeFolders } from './conversionFiles';
import { convertEntityVirtualServices } from './convertEntityVirtualServices';
import { entityVirtualServices } from './entityVirtualServices';
import type { MeshMigrationService } from './types';

/** Options of {@link createMeshMigrationService}. */
export interface MeshMigrationServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** The GitOps repository: the folders the routes go to. */
  gitops: Pick<GitOpsRepository, 'readFolder'>;
  logger: LoggerService;
  /** The clock, for the age of stale data. */
  now?: () => number;
}

/**
 * The clusters a request looks at and what their state means for it, as the other preflights
 * say it (clusterStateFindings). A cluster the request names must be known and readable; when
 * it names none, every cluster is read and one in trouble is a warning (the others still
 * convert), and one without Istio says nothing (the entity has no VirtualService there).
 */
function clustersInScope(
  request: VirtualServiceConversionRequest,
  all: PreflightCluster[],
  now: number,
): { readable: string[]; findings: Finding[] } {
  const named = request.cluster;
  const states = (named ? [named] : all.map(c => c.name)).map(cluster =>
    clusterStateFindings(
      { cluster },
      { objectKind: 'VirtualService' },
      all,
      now,
    ),
  );
  const findings = states.flatMap(state => state.findings);
  return {
    readable: states.flatMap(({ cluster }) =>
      cluster && cluster.status.state !== 'error' ? [cluster.name] : [],
    ),
    findings: named
      ? findings
      : findings
          .filter(f => f.code !== 'KindNotServed')
          .map(f => ({ ...f, severity: 'warning' as const })),
  };
}

/**
 * Preflights VirtualService conversions against the clusters' caches (no I/O to a cluster): the
 * entity's VirtualServices as the Routing tab finds them, converted with their cluster's
 * Services, written as files into the entity's GitOps folders (a warning when one cannot be
 * read).
 */
export function createMeshMigrationService(
  options: MeshMigrationServiceOptions,
): MeshMigrationService {
  const { clusters, gitops, logger, now = Date.now } = options;

  async function readFolders(
    entityRef: string,
    folders: { cluster: string; namespace: string; folder: string }[],
  ) {
    const reads = await Promise.all(
      folders.map(({ cluster, namespace }) =>
        readGitOpsFolder(gitops, { entityRef, cluster, namespace }, logger),
      ),
    );
    const existing: Record<string, ExistingFolder | undefined> = {};
    folders.forEach(({ folder }, index) => {
      existing[folder] = reads[index].existingFolder;
    });
    return { existing, findings: reads.flatMap(read => read.findings) };
  }

  return {
    async preflightConversion(request, entity) {
      if (!entity) {
        const unchecked = convertEntityVirtualServices([], request);
        return withEntityNotFound(
          conversionPreview({ ...unchecked, findings: [] }, [], {}, []),
          request.entityRef,
        );
      }
      const at = now();
      const caches = clusters.list();
      const scope = clustersInScope(request, preflightClusters(caches, at), at);
      const selector = entitySelector(entity);
      const sources = caches
        .filter(cache => scope.readable.includes(cache.name))
        .map(cache => ({
          cluster: cache.name,
          objects: entityVirtualServices(cache, selector),
        }));
      const conversion = convertEntityVirtualServices(sources, request);
      const folders = routeFolders(conversion);
      const read = await readFolders(request.entityRef, folders);
      return conversionPreview(conversion, folders, read.existing, [
        ...scope.findings,
        ...read.findings,
      ]);
    },
  };
}
