import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  EntityRoutesResponse,
  PreflightContext,
  preflightIngressMigration,
  preflightIngressRemoval,
  RenderResult,
} from '@portway/plugin-routing-common';
import type { GitOpsRepository } from '@portway/plugin-routing-node';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import type { EntityRoutesService } from '../EntityRoutes/types';
import { entityPreflightContext } from '../ExposurePreflight/entityPreflightContext';
import {
  withEntityNotFound,
  withFindings,
} from '../ExposurePreflight/preflightFindings';
import type { ExposurePolicyRead } from '../ExposurePreflight/readExposurePolicy';
import type { GitOpsFolderRequest } from '../ExposurePreflight/readGitOpsFolder';
import { ingressMigrationStates } from './ingressMigrationStates';
import type { IngressMigrationService } from './types';

/** Options of {@link createIngressMigrationService}. */
export interface IngressMigrationServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** The GitOps repository: the request's folder, and the changes waiting for review (pending routes). */
  gitops: Pick<GitOpsRepository, 'readFolder'>;
  /** The entity answers the Routing tab shows, whose Ingress views carry the migration state. */
  entityRoutes: Pick<EntityRoutesService, 'getEntityRoutes'>;
  logger: LoggerService;
  /**
   * The exposure policy from config (readExposurePolicy), as the exposure preflight checks it:
   * while it is invalid, every preflight gets its ExposurePolicyInvalid error. Unset: no policy.
   */
  policy?: ExposurePolicyRead;
  /** The clock, for the age of stale data. */
  now?: () => number;
}

const NO_ROUTES: EntityRoutesResponse = { routes: [], clusters: [] };

/**
 * Preflights Ingress migrations and removals as the exposure preflight does its requests:
 * against the clusters' caches (no I/O to a cluster), the entity's ownership and owners, the
 * exposure policy and the request's GitOps folder (a warning when it cannot be read). A
 * removal reads each Ingress's migration state from the entity's own answer, the one the
 * Routing tab shows, pending routes included.
 */
export function createIngressMigrationService(
  options: IngressMigrationServiceOptions,
): IngressMigrationService {
  const { clusters, gitops, entityRoutes, logger, now = Date.now } = options;
  const { policy, findings: policyFindings } = options.policy ?? {
    findings: [],
  };
  const sources = { clusters, gitops, logger, policy, now };

  /**
   * `run` with the entity's context; for an entity the catalog does not have, EntityNotFound
   * alone (the parsed request has no rules of its own left to break, and nothing else can be
   * checked without the entity); the policy's findings go to every result.
   */
  async function preflight<T extends RenderResult>(
    request: GitOpsFolderRequest,
    entity: Entity | undefined,
    run: (context: PreflightContext, entity?: Entity) => Promise<T>,
  ): Promise<T> {
    if (!entity) {
      const unchecked = await run({});
      const result = withEntityNotFound(
        { ...unchecked, ok: true, findings: [] },
        request.entityRef,
      );
      return withFindings(result, policyFindings);
    }
    const { context, findings } = await entityPreflightContext(
      sources,
      request,
      entity,
    );
    const result = await run(context, entity);
    return withFindings(result, [...findings, ...policyFindings]);
  }

  return {
    preflightMigration: (request, entity) =>
      preflight(request, entity, async context =>
        preflightIngressMigration(request, context),
      ),
    async preflightRemoval(request, entity) {
      const result = await preflight(
        request,
        entity,
        async (context, known) => {
          const answer = known
            ? await entityRoutes.getEntityRoutes(known)
            : NO_ROUTES;
          return preflightIngressRemoval(request, {
            ...context,
            migrationOf: ingressMigrationStates(answer),
          });
        },
      );
      // As `files`: nothing is deleted while an error blocks the change.
      return result.ok ? result : { ...result, deletedFiles: [] };
    },
  };
}
