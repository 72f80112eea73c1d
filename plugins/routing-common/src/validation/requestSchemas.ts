import { z } from 'zod';
import { issueField } from './issueField';

/** A string that `rule` (a fieldRules check) accepts; its words are the issue's message. */
export function ruled(rule: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const problem = rule(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A list of names by `rule`, none named twice (the issue is on the second). */
export function namesOnceEach(rule: (value: string) => string | undefined) {
  return z.array(ruled(rule)).superRefine((names, ctx) => {
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `"${name}" is named twice`,
        });
      }
    });
  });
}

/**
 * The value read by `schema`; otherwise throws `refusal` with one sentence per problem, each
 * naming its field (`body` for the whole value).
 */
export function parsedOrThrow<T>(
  schema: z.ZodType<T>,
  value: unknown,
  refusal: (problems: string[]) => Error,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw refusal(
      result.error.issues.map(
        issue => `${issueField(issue) || 'body'}: ${issue.message}`,
      ),
    );
  }
  return result.data;
}
