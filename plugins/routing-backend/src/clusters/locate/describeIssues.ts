import type { z } from 'zod';

/** A zod error as one line naming each bad key: `url: expected string, received undefined`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue =>
      issue.path.length
        ? `${issue.path.join('.')}: ${issue.message}`
        : issue.message,
    )
    .join('; ');
}
