import { ResponseError } from '@backstage/errors';

/** What went wrong, in the backend's words when it answered (`Not allowed to withdraw ...`). */
export function errorMessage(error: Error): string {
  return ResponseError.is(error) ? error.cause.message : error.message;
}
