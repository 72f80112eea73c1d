import { z } from 'zod';
import { InputError } from '@backstage/errors';
import type { ExposureChange } from '@portway/plugin-routing-common';

/** A branch name as Portway creates them: no spaces, no `..`, no leading `-` or `/`. */
const branchName = z
  .string()
  .min(1, 'is required')
  .max(255, 'must be at most 255 characters')
  .regex(
    /^(?![-/])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/,
    'must be a git branch name (letters, digits, ".", "_", "-" and "/")',
  );

/** The body of `POST /exposure/requests/:id/change`. */
export const exposureChangeBody = z.strictObject({
  provider: z.enum(['local', 'github', 'gitlab', 'bitbucketServer'], {
    error: () => 'must be one of local, github, gitlab, bitbucketServer',
  }),
  branchName,
  commitSha: z
    .string()
    .regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit id')
    .optional(),
  pullRequestUrl: z
    .url({ protocol: /^https?$/, error: () => 'must be an http(s) URL' })
    .optional(),
}) satisfies z.ZodType<ExposureChange>;

/** The body of `POST /exposure/requests/:id/release`. */
export const exposureReleaseBody = z.strictObject({
  reason: z
    .string()
    .min(1, 'is required')
    .max(2000, 'must be at most 2000 characters'),
});

/** Parses a body with one of these schemas; an InputError names every bad field. */
export function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `${issue.path.join('.') || 'body'} ${issue.message}`,
    );
    throw new InputError(`Invalid body: ${problems.join('; ')}`);
  }
  return result.data;
}
