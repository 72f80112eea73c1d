import { ExposurePolicy, exposurePolicySchema } from '../types/exposurePolicy';
import { issueField } from './issueField';

/**
 * One broken rule of an exposure policy: the key inside the policy (`hostnames[1].domains[0]`) and what is wrong.
 *
 * @public
 */
export interface ExposurePolicyProblem {
  /** The dotted path inside the policy; the empty string when the policy as a whole is wrong (not a mapping). */
  key: string;
  /** What is wrong at `key`, in plain words. */
  message: string;
}

/**
 * Thrown when a value is not an exposure policy; `problems` name every broken key.
 *
 * @public
 */
export class MalformedExposurePolicyError extends Error {
  constructor(
    /** Every problem found, one per key. */
    readonly problems: ExposurePolicyProblem[],
  ) {
    super(
      `Invalid exposure policy: ${problems
        .map(problem => `${problem.key || 'policy'}: ${problem.message}`)
        .join('; ')}`,
    );
    this.name = 'MalformedExposurePolicyError';
  }
}

/**
 * Parses an unknown value (config, a YAML file) into an exposure policy; throws MalformedExposurePolicyError.
 *
 * @public
 */
export function parseExposurePolicy(value: unknown): ExposurePolicy {
  const result = exposurePolicySchema.safeParse(value);
  if (!result.success) {
    throw new MalformedExposurePolicyError(
      result.error.issues.map(issue => ({
        key: issueField(issue),
        message: issue.message,
      })),
    );
  }
  return result.data;
}
