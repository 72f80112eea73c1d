import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { routingExposureCreatePermission } from '@portway/plugin-routing-common';

/**
 * Throws NotAllowedError unless the credentials may request exposure for the entity
 * (`routing.exposure.create` on the catalog entity).
 */
export async function checkExposurePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission: routingExposureCreatePermission, resourceRef: entityRef }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `You may not request exposure for ${entityRef} (permission ${routingExposureCreatePermission.name})`,
    );
  }
}
