import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  ExposureRequest,
  Finding,
  preflightExposure,
  RenderResult,
  validateExposureRequest,
} from '@portway/plugin-routing-common';
import type {
  ExposurePolicyCheck,
  GitOpsRepository,
} from '@portway/plugin-routing-node';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import type { ExposureRequestStore } from '../ExposureRequests/types';
import { reservedHostnameFindings } from '../ExposureRequests/reservedHostnameFindings';
import { entityPreflightContext } from './entityPreflightContext';
import { withEntityNotFound, withFindings } from './preflightFindings';
import type { ExposurePolicyRead } from './readExposurePolicy';
import { runPolicyChecks } from './runPolicyChecks';
import type { ExposurePreflightService } from './types';

/** Options of {@link createExposurePreflightService}. */
export interface ExposurePreflightServiceOptions {
  /** The caches of every cluster, kept fresh in the background. */
  clusters: ClusterCaches;
  /** The GitOps repository the request's files go to. */
  gitops: Pick<GitOpsRepository, 'readFolder'>;
  logger: LoggerService;
  /**
   * The hostnames that recorded exposure requests hold; each one of the request's is a
   * HostnameConflict naming its holder. Unset: reservations are not checked.
   */
  reservations?: Pick<ExposureRequestStore, 'holdersOf'>;
  /**
   * The exposure policy from config (readExposurePolicy): the policy, checked with the entity's
   * owners, or the ExposurePolicyInvalid error that every preflight reports while it is broken.
   * Unset: no policy.
   */
  policy?: ExposurePolicyRead;
  /**
   * The organisation's checks (routingExposureExtensionPoint), run once every other check found
   * no error. Unset: none.
   */
  policyChecks?: readonly ExposurePolicyCheck[];
  /** The clock, for the age of stale data. */
  now?: () => number;
}

const isError = (finding: Finding) => finding.severity === 'error';

/**
 * Preflights requests against the clusters' caches (no I/O to a cluster), the exposure policy
 * with the entity's owners, and the GitOps folder of the request. A request that breaks its
 * own rules is not checked further. While the configured policy is invalid, every preflight
 * gets its ExposurePolicyInvalid error. The organisation's policy checks run last, only for a
 * request nothing else found an error in, so they see valid requests that Portway would open.
 */
export function createExposurePreflightService(
  options: ExposurePreflightServiceOptions,
): ExposurePreflightService {
  const {
    clusters,
    gitops,
    logger,
    reservations,
    policyChecks = [],
    now = Date.now,
  } = options;
  const { policy, findings: policyFindings } = options.policy ?? {
    findings: [],
  };

  async function check(
    request: ExposureRequest,
    entity: Entity | undefined,
  ): Promise<RenderResult> {
    if (!entity) {
      return withEntityNotFound(preflightExposure(request), request.entityRef);
    }
    if (validateExposureRequest(request).some(isError)) {
      return preflightExposure(request);
    }
    const { context, findings } = await entityPreflightContext(
      { clusters, gitops, logger, policy, now },
      request,
      entity,
    );
    const result = preflightExposure(request, context);
    const reserved = reservations
      ? reservedHostnameFindings(
          request,
          await reservations.holdersOf(request.hostnames),
        )
      : [];
    return withFindings(result, [...reserved, ...findings]);
  }

  return {
    async preflight(request, entity) {
      const result = withFindings(await check(request, entity), policyFindings);
      if (!entity || result.findings.some(isError)) {
        return result;
      }
      return withFindings(
        result,
        await runPolicyChecks(policyChecks, { request, entity }, logger),
      );
    },
  };
}
