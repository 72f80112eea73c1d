import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  routingEntityReadPermission,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import { PortwayPermissionPolicy } from './PortwayPermissionPolicy';

const credentials = mockCredentials.user('user:default/guest');
const user = {
  credentials,
  info: { userEntityRef: 'user:default/guest', ownershipEntityRefs: [] },
};

function policy() {
  const userInfo = mockServices.userInfo.mock({
    getUserInfo: async () => ({
      userEntityRef: 'user:default/guest',
      ownershipEntityRefs: ['user:default/guest', 'group:default/team-shop'],
    }),
  });
  return new PortwayPermissionPolicy(userInfo);
}

describe('PortwayPermissionPolicy', () => {
  it('lets everyone read routes and the catalog', async () => {
    for (const permission of [
      routingEntityReadPermission,
      catalogEntityReadPermission,
    ]) {
      await expect(policy().handle({ permission }, user)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets only the owners of an entity request exposure for it', async () => {
    await expect(
      policy().handle({ permission: routingExposureCreatePermission }, user),
    ).resolves.toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['user:default/guest', 'group:default/team-shop'] },
      },
    });
  });

  it('denies exposure requests without a signed-in user', async () => {
    await expect(
      policy().handle({ permission: routingExposureCreatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
