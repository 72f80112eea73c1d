import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { PortwayPermissionPolicy } from './PortwayPermissionPolicy';

/** Installs {@link PortwayPermissionPolicy} in the permission backend. */
export const portwayPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'portway-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, userInfo: coreServices.userInfo },
      async init({ policy, userInfo }) {
        policy.setPolicy(new PortwayPermissionPolicy(userInfo));
      },
    });
  },
});
