import { InputError } from '@backstage/errors';

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * The prefix of the branches Portway makes for requests: `portway/expose-<entity>-<route>`.
 *
 * @public
 */
export const REQUEST_BRANCH_PREFIX = 'portway/';

/** Whether a branch is one of Portway's request branches. */
export function isRequestBranch(branchName: string): boolean {
  return branchName.startsWith(REQUEST_BRANCH_PREFIX);
}

/**
 * Throws InputError unless the name is a safe git branch name: slash-separated segments of
 * letters, digits, ".", "_" and "-", none starting with "." or "-", ending in ".lock" or ".",
 * and no "..".
 */
export function assertValidBranchName(branchName: string): void {
  const broken = branchName
    .split('/')
    .some(
      segment =>
        !SEGMENT.test(segment) ||
        segment.endsWith('.lock') ||
        segment.endsWith('.'),
    );
  if (broken || branchName.includes('..')) {
    throw new InputError(
      `"${branchName}" is not a valid branch name: use slash-separated parts of letters, digits, ".", "_" and "-"`,
    );
  }
}
