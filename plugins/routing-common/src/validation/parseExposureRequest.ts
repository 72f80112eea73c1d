import { z } from 'zod';
import { ExposureRequest, exposureRequestSchema } from '../types/exposure';
import { issueField } from './issueField';

/**
 * Thrown when a body is not an exposure request at all; the message names every bad field.
 *
 * @public
 */
export class MalformedExposureRequestError extends Error {
  constructor(
    /** Every problem found, one sentence each naming the field. */
    readonly problems: string[],
  ) {
    super(`Malformed exposure request: ${problems.join('; ')}`);
    this.name = 'MalformedExposureRequestError';
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issueField(issue) || 'body'}: ${issue.message}`;
}

/**
 * Parses an unknown value (a JSON body, a file) into an exposure request, applying defaults.
 *
 * @public
 */
export function parseExposureRequest(value: unknown): ExposureRequest {
  const result = exposureRequestSchema.safeParse(value);
  if (!result.success) {
    throw new MalformedExposureRequestError(
      result.error.issues.map(describeIssue),
    );
  }
  return result.data;
}
