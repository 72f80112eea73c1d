import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import type { ExposureRequest, Finding } from '@portway/plugin-routing-common';
import type { ExposurePolicyCheck } from '@portway/plugin-routing-node';

/** The finding of a check that threw: an error naming the check, so nobody reads a 500. */
function checkFailed(name: string, error: unknown): Finding {
  return {
    severity: 'error',
    code: 'PolicyCheckFailed',
    message: `The policy check "${name}" failed, so the request cannot be checked: ${stringifyError(
      error,
    )}. Try again later, or ask the team that runs Backstage to look at the routing backend's log`,
  };
}

/**
 * The findings of the organisation's policy checks (routingExposureExtensionPoint) for a
 * request of `entity`, in the order the checks were added. The checks run side by side; one
 * that throws gives a PolicyCheckFailed error and does not keep the others from answering.
 */
export async function runPolicyChecks(
  checks: readonly ExposurePolicyCheck[],
  input: { request: ExposureRequest; entity: Entity },
  logger: LoggerService,
): Promise<Finding[]> {
  const answers = await Promise.all(
    checks.map(async check => {
      try {
        return await check.check(input);
      } catch (error) {
        logger.error(`Exposure policy check "${check.name}" failed`, {
          check: check.name,
          entityRef: input.request.entityRef,
          error: stringifyError(error),
        });
        return [checkFailed(check.name, error)];
      }
    }),
  );
  return answers.flat();
}
