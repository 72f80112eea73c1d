import type {
  AuditorService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type {
  ExposureRequestRecord,
  ExposureRequestState,
} from '@portway/plugin-routing-common';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { EXPOSURE_REQUEST_EVENT } from '../../routes/auditedAction';
import type { ChangeReader } from './changes/types';
import type { OwnerNotifier } from './notifyOwners';
import { routeOutcome } from './routeOutcome';
import type { ExposureRequestsService } from './types';

/** Options of {@link refreshExposureRequests}. */
export interface RefreshExposureRequestsOptions {
  requests: ExposureRequestsService;
  /** Reads a request's change back from the local repository or its forge. */
  changes: ChangeReader;
  /** The clusters' caches, for whether a merged request's route is live. */
  clusters: ClusterCaches;
  /** A request not merged this long after it was made expires; undefined: never. */
  expireAfterMs?: number;
  /**
   * A request whose change was never recorded this long after it was made is closed: the
   * template run that reserved its hostnames did not finish (its process died).
   */
  abandonAfterMs: number;
  auditor: AuditorService;
  notifyOwners: OwnerNotifier;
  logger: LoggerService;
  now?: () => number;
}

/** The states the state task follows; the others are final, or live. */
export const FOLLOWED_STATES: readonly ExposureRequestState[] = [
  'requested',
  'open',
  'merged',
];

/** What one pass did. */
export interface RefreshSummary {
  checked: number;
  moved: number;
  /** Requests whose change or forge could not be read this time. */
  unreadable: number;
}

type Observation = { state: ExposureRequestState; stateReason?: string };

const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * One pass of the state task over every request still in flight: `requested` ones whose
 * change was never recorded are closed; `open` ones follow their pull request or branch
 * (merged, closed unmerged, or expired); `merged` ones follow their route in the cluster
 * (live when Accepted, failed when refused). Each move is audited, and live and failed
 * ones are told to the entity's owners. A forge that cannot be read leaves its requests as
 * they are until the next pass.
 */
export async function refreshExposureRequests(
  options: RefreshExposureRequestsOptions,
): Promise<RefreshSummary> {
  const { requests, changes, clusters, logger, now = Date.now } = options;
  const summary: RefreshSummary = { checked: 0, moved: 0, unreadable: 0 };

  async function observe(
    request: ExposureRequestRecord,
  ): Promise<Observation | undefined> {
    const age = now() - Date.parse(request.createdAt);
    if (request.state === 'requested') {
      return age > options.abandonAfterMs
        ? {
            state: 'closed',
            stateReason: `no change was recorded within ${minutes(
              options.abandonAfterMs,
            )} minutes: the template run that made the request did not finish`,
          }
        : undefined;
    }
    if (request.state === 'open') {
      if (!request.provider || !request.branchName) return undefined;
      const status = await changes.read({
        provider: request.provider,
        branchName: request.branchName,
        commitSha: request.commitSha,
        pullRequestUrl: request.pullRequestUrl,
      });
      if (status.state === 'merged') return { state: 'merged' };
      if (status.state === 'closed') {
        return { state: 'closed', stateReason: status.reason };
      }
      if (options.expireAfterMs !== undefined && age > options.expireAfterMs) {
        return {
          state: 'expired',
          stateReason: `not merged within ${Math.round(
            options.expireAfterMs / 86_400_000,
          )} days (routing.exposure.requests.expireAfter)`,
        };
      }
      return undefined;
    }
    const outcome = routeOutcome(request, clusters.list());
    return outcome && { state: outcome.state, stateReason: outcome.reason };
  }

  async function move(request: ExposureRequestRecord, observed: Observation) {
    const event = await options.auditor.createEvent({
      eventId: EXPOSURE_REQUEST_EVENT,
      severityLevel: 'medium',
      meta: {
        action: 'state-change',
        requestId: request.id,
        entityRef: request.entityRef,
        from: request.state,
        to: observed.state,
        reason: observed.stateReason ?? null,
      },
    });
    const result = await requests.observe(request.id, observed);
    await event.success({ meta: { moved: Boolean(result?.moved) } });
    if (result?.moved) {
      summary.moved += 1;
      await options.notifyOwners(result.request);
    }
  }

  for (const request of await requests.listInStates(FOLLOWED_STATES)) {
    summary.checked += 1;
    try {
      const observed = await observe(request);
      if (observed) await move(request, observed);
    } catch (error) {
      summary.unreadable += 1;
      logger.warn(
        `Could not follow exposure request ${request.id} of ${request.entityRef}: ${error}`,
      );
    }
  }
  return summary;
}
