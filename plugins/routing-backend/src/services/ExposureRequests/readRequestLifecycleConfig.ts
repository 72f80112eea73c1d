import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';

/** How the state task follows exposure requests. */
export interface RequestLifecycleConfig {
  /** How often the state task runs (one runner across replicas). */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** A request not merged this long after it was made expires. */
  expireAfterMs: number;
}

const KEY = 'routing.exposure.requests';

/** The defaults: every minute, expiry after 30 days. */
export const DEFAULT_LIFECYCLE: RequestLifecycleConfig = {
  schedule: {
    frequency: { minutes: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 15 },
  },
  expireAfterMs: durationToMilliseconds({ days: 30 }),
};

function readPart<T>(
  logger: LoggerService,
  key: string,
  read: () => T | undefined,
  fallback: T,
): T {
  try {
    return read() ?? fallback;
  } catch (error) {
    logger.error(
      `Ignoring ${KEY}.${key}, which is not valid (${error}); using the default`,
    );
    return fallback;
  }
}

/**
 * Reads `routing.exposure.requests` (`refresh`: a scheduler task definition; `expireAfter`: a
 * duration such as `{ days: 14 }` or `P14D`). A bad value is logged and replaced by its
 * default: it never stops the backend from starting.
 */
export function readRequestLifecycleConfig(
  config: Config,
  logger: LoggerService,
): RequestLifecycleConfig {
  const section = config.getOptionalConfig(KEY);
  if (!section) return DEFAULT_LIFECYCLE;
  return {
    schedule: readPart(
      logger,
      'refresh',
      () =>
        section.has('refresh')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              section.getConfig('refresh'),
            )
          : undefined,
      DEFAULT_LIFECYCLE.schedule,
    ),
    expireAfterMs: readPart(
      logger,
      'expireAfter',
      () => {
        if (!section.has('expireAfter')) return undefined;
        const ms = durationToMilliseconds(
          readDurationFromConfig(section, { key: 'expireAfter' }),
        );
        if (!(ms > 0)) {
          throw new InputError(
            'it must be longer than zero: set a duration such as { days: 14 } or P14D',
          );
        }
        return ms;
      },
      DEFAULT_LIFECYCLE.expireAfterMs,
    ),
  };
}
