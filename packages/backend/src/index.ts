/*
 * The Portway demo portal's backend. Run from the repository root with `npm start` (app and
 * backend) or `npm run start:backend`.
 */
import { createBackend } from '@backstage/backend-defaults';
import { portwayPermissionPolicyModule } from './permissions/permissionPolicyModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(portwayPermissionPolicyModule);

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-gitlab'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-bitbucket-server'),
);
backend.add(import('@portway/plugin-scaffolder-backend-module-routing'));

// Signals: the routing pages hear about changes at once instead of polling the backend.
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@portway/plugin-routing-backend'));

backend.start();
