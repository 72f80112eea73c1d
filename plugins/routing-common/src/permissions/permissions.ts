import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  createPermission,
  type Permission,
} from '@backstage/plugin-permission-common';

/**
 * See how an entity is reachable: its routes, Gateways and their status.
 *
 * @public
 */
export const routingEntityReadPermission = createPermission({
  name: 'routing.entity.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Request new exposure for an entity (render manifests, open a GitOps pull request).
 *
 * @public
 */
export const routingExposureCreatePermission = createPermission({
  name: 'routing.exposure.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * See every Gateway of every cluster, its listeners and the routes attached (the gateways page).
 *
 * @public
 */
export const routingGatewaysReadPermission = createPermission({
  name: 'routing.gateways.read',
  attributes: { action: 'read' },
});

/**
 * Every permission that Portway defines.
 *
 * @public
 */
export const routingPermissions: Permission[] = [
  routingEntityReadPermission,
  routingExposureCreatePermission,
  routingGatewaysReadPermission,
];
