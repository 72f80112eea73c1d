import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** A permissions service that answers every request with `result` (ALLOW by default). */
export function permissionsThat(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return mockServices.permissions.mock({
    authorize: jest.fn(async requests => requests.map(() => ({ result }))),
  });
}
