import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  canMoveExposureRequest,
  ExposureRequestState,
  exposureRequestStates,
  Finding,
} from '@portway/plugin-routing-common';
import type { ExposurePreflightService } from '../ExposurePreflight/types';
import { reservedHostnameFindings } from './reservedHostnameFindings';
import type { ExposureRequestsService, ExposureRequestStore } from './types';

/** Options of {@link createExposureRequestsService}. */
export interface ExposureRequestsServiceOptions {
  store: ExposureRequestStore;
  /** The preflight every request passes first (it sees the reservations too). */
  preflight: ExposurePreflightService;
  logger: LoggerService;
}

const isError = (finding: Finding) => finding.severity === 'error';
const isHostnameConflict = (finding: Finding) =>
  isError(finding) && finding.code === 'HostnameConflict';

/** The states from which a request may move to `to`. */
const statesBefore = (to: ExposureRequestState) =>
  exposureRequestStates.filter(from => canMoveExposureRequest(from, to));

/** A change that could not be opened is released before it is merged. */
const RELEASABLE: ExposureRequestState[] = ['requested', 'open'];

/**
 * Exposure requests as a resource: the preflight, then the reservation of the hostnames by the
 * store (the database decides a race), then the lifecycle.
 */
export function createExposureRequestsService(
  options: ExposureRequestsServiceOptions,
): ExposureRequestsService {
  const { store, preflight, logger } = options;

  return {
    get: id => store.get(id),
    listForEntity: entityRef => store.listForEntity(entityRef),
    listInStates: states => store.listInStates(states),

    async create(request, entity, actor) {
      const { findings } = await preflight.preflight(request, entity);
      if (findings.some(isError)) {
        return {
          status: findings.some(isHostnameConflict) ? 'conflict' : 'refused',
          findings,
        };
      }
      const result = await store.record({ request, createdBy: actor });
      if ('conflicts' in result) {
        logger.info('Exposure request lost a hostname to another request', {
          entityRef: request.entityRef,
          actor,
          hostnames: result.conflicts.map(c => c.hostname).join(','),
          holders: result.conflicts.map(c => c.holder.id).join(','),
        });
        const conflicts = reservedHostnameFindings(request, result.conflicts);
        return {
          status: 'conflict',
          findings: [
            ...findings,
            ...(conflicts.length > 0
              ? conflicts
              : [
                  {
                    severity: 'error' as const,
                    code: 'HostnameConflict',
                    field: 'hostnames',
                    message:
                      'Another request reserved one of these hostnames at the same moment: try again',
                  },
                ]),
          ],
        };
      }
      logger.info('Exposure request recorded', {
        requestId: result.created.id,
        entityRef: request.entityRef,
        actor,
        hostnames: request.hostnames.join(','),
      });
      return { status: 'created', request: result.created, findings };
    },

    async withdraw(id, actor) {
      const result = await store.move(id, statesBefore('closed'), {
        state: 'closed',
        stateReason: `withdrawn by ${actor}`,
      });
      if (result?.moved) {
        logger.info('Exposure request withdrawn', {
          requestId: id,
          entityRef: result.request.entityRef,
          actor,
        });
      }
      return result;
    },

    async recordChange(id, change) {
      const result = await store.move(id, statesBefore('open'), {
        state: 'open',
        change,
      });
      if (result?.moved) {
        logger.info('Exposure request change opened', {
          requestId: id,
          entityRef: result.request.entityRef,
          provider: change.provider,
          branchName: change.branchName,
          pullRequestUrl: change.pullRequestUrl ?? '',
        });
      }
      return result;
    },

    async release(id, reason) {
      const result = await store.move(id, RELEASABLE, {
        state: 'failed',
        stateReason: reason,
      });
      if (result?.moved) {
        logger.warn(
          'Exposure request released: its change could not be opened',
          { requestId: id, entityRef: result.request.entityRef, reason },
        );
      }
      return result;
    },

    async observe(id, observed) {
      const result = await store.move(id, statesBefore(observed.state), {
        state: observed.state,
        stateReason: observed.stateReason,
      });
      if (result?.moved) {
        logger.info(`Exposure request is ${observed.state}`, {
          requestId: id,
          entityRef: result.request.entityRef,
          reason: observed.stateReason ?? '',
        });
      }
      return result;
    },
  };
}
