import type { z } from 'zod';

/** The field a zod issue is about, as a dotted path (`service.port`, `hostnames[0].domains[1]`); the empty string for the whole value. */
export function issueField(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
}
