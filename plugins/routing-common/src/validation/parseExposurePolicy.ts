import { ExposurePolicy, exposurePolicySchema } from '../types/exposurePolicy';
import { issueField } from './issueField';

/** One broken rule of an exposure policy: the key inside the policy (`hostnames[1].domains[0]`) and what is wrong. */
export interface ExposurePolicyProblem {
  /** The dotted path inside the policy; `` when the policy as a whole is wrong (not a mapping). */
  key: string;
  message: string;
}

/** Thrown when a value is not an exposure policy; `problems` name every broken key. */
export class MalformedExposurePolicyError extends Error {
  constructor(readonly problems: ExposurePolicyProblem[]) {
    super(
      `Invalid exposure policy: ${problems
        .map(problem => `${problem.key || 'policy'}: ${problem.message}`)
        .join('; ')}`,
    );
    this.name = 'MalformedExposurePolicyError';
  }
}

/** Parses an unknown value (config, a YAML file) into an exposure policy; throws MalformedExposurePolicyError. */
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
