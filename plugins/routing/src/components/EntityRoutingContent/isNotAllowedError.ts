import { ResponseError } from '@backstage/errors';

/** Whether the backend refused the request with 403 Forbidden. */
export function isNotAllowedError(error: Error): boolean {
  return ResponseError.is(error) && error.statusCode === 403;
}
