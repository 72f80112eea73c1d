import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ExposureRequestRecord,
  entityRoutingPath,
} from '@portway/plugin-routing-common';

/** Tells an entity's owners what became of one of its requests. */
export type OwnerNotifier = (request: ExposureRequestRecord) => Promise<void>;

function describe(request: ExposureRequestRecord): string {
  const names = request.hostnames.length
    ? request.hostnames.join(', ')
    : `${request.namespace}/${request.request.service.name}`;
  return `${request.type} exposure of ${request.entityRef} (${names}) in cluster ${request.cluster}`;
}

/**
 * Notifies the owners of a request's entity (the notifications backend resolves an entity
 * recipient to its owners) when the request went live or failed. Without the notifications
 * plugin the send fails: that is logged once and never fails the state task.
 */
export function createOwnerNotifier(options: {
  notifications: NotificationService;
  logger: LoggerService;
}): OwnerNotifier {
  const { notifications, logger } = options;
  let warned = false;
  return async request => {
    if (request.state !== 'live' && request.state !== 'failed') return;
    const live = request.state === 'live';
    try {
      await notifications.send({
        recipients: { type: 'entity', entityRef: request.entityRef },
        payload: {
          title: live
            ? `Exposure is live: ${describe(request)}`
            : `Exposure failed: ${describe(request)}`,
          description: request.stateReason,
          link: entityRoutingPath(request.entityRef),
          severity: live ? 'normal' : 'high',
          topic: 'portway-exposure-requests',
          scope: `portway-exposure-request:${request.id}`,
        },
      });
    } catch (error) {
      if (!warned) {
        warned = true;
        logger.info(
          `Owners are not notified of exposure requests (is the notifications plugin installed?): ${error}`,
        );
      }
    }
  };
}
