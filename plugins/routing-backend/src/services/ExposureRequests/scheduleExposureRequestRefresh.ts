import type { SchedulerService } from '@backstage/backend-plugin-api';
import type { RequestLifecycleConfig } from './readRequestLifecycleConfig';
import {
  refreshExposureRequests,
  RefreshExposureRequestsOptions,
} from './refreshExposureRequests';

/** The scheduler's id of the state task. */
export const REFRESH_TASK_ID = 'routing-exposure-requests-refresh';

/** How long a request may stay `requested` without a recorded change (a template run's longest). */
const ABANDON_AFTER_MS = 60 * 60_000;

/**
 * Schedules the state task: one runner at a time across every replica sharing the plugin's
 * database (a global scheduler task), each run one pass of {@link refreshExposureRequests}.
 */
export async function scheduleExposureRequestRefresh(options: {
  scheduler: SchedulerService;
  lifecycle: RequestLifecycleConfig;
  refresh: Omit<
    RefreshExposureRequestsOptions,
    'expireAfterMs' | 'abandonAfterMs'
  >;
}): Promise<void> {
  const { scheduler, lifecycle, refresh } = options;
  await scheduler.scheduleTask({
    id: REFRESH_TASK_ID,
    ...lifecycle.schedule,
    // Last, so no configured schedule can make every replica run it.
    scope: 'global',
    fn: async () => {
      const summary = await refreshExposureRequests({
        ...refresh,
        expireAfterMs: lifecycle.expireAfterMs,
        abandonAfterMs: ABANDON_AFTER_MS,
      });
      if (summary.moved > 0 || summary.unreadable > 0) {
        refresh.logger.info(
          `Exposure requests followed: ${summary.checked} checked, ${summary.moved} moved, ${summary.unreadable} unreadable`,
        );
      }
    },
  });
}
