import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  ExposurePolicy,
  Finding,
  MalformedExposurePolicyError,
  parseExposurePolicy,
} from '@portway/plugin-routing-common';

/** The config key of the exposure policy. */
export const EXPOSURE_POLICY_KEY = 'routing.exposure.policy';

/** The exposure policy as read from config, or the error every preflight reports while it is broken. */
export interface ExposurePolicyRead {
  /** The policy; undefined when none is configured, or when it is invalid. */
  policy?: ExposurePolicy;
  /** An `ExposurePolicyInvalid` error naming the bad key when the policy is invalid, else none. */
  findings: Finding[];
}

/**
 * Reads and validates `routing.exposure.policy`. A malformed policy does not stop the backend,
 * and does not fail open either: it is logged once, naming each bad key, and every preflight
 * then gets an `ExposurePolicyInvalid` error, so no request passes until the config is fixed.
 */
export function readExposurePolicy(
  config: Config,
  logger: LoggerService,
): ExposurePolicyRead {
  const value = config.getOptional(EXPOSURE_POLICY_KEY);
  if (value === undefined) return { findings: [] };
  try {
    return { policy: parseExposurePolicy(value), findings: [] };
  } catch (error) {
    if (!(error instanceof MalformedExposurePolicyError)) throw error;
    const problems = error.problems
      .map(
        problem =>
          `${[EXPOSURE_POLICY_KEY, problem.key].filter(Boolean).join('.')}: ${
            problem.message
          }`,
      )
      .join('; ');
    logger.error(
      `The exposure policy in config is invalid, so every exposure request is refused until it is fixed: ${problems}`,
      { key: EXPOSURE_POLICY_KEY },
    );
    return {
      findings: [
        {
          severity: 'error',
          code: 'ExposurePolicyInvalid',
          message: `The exposure policy in config is invalid (${problems}): no request is accepted until the platform team fixes it`,
        },
      ],
    };
  }
}
