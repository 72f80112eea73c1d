import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createGitOpsRepositoryFromConfig } from '@portway/plugin-routing-node';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createGitOpsBranchAction } from './actions/gitops/createGitOpsBranchAction';
import { createRoutingBackendClient } from './services/RoutingBackendClient/createRoutingBackendClient';

/**
 * Adds Portway's scaffolder actions (`routing:exposure:render`, `routing:gitops:branch`) to
 * the scaffolder, with the GitOps repository configured under `routing.gitops` and the
 * routing backend (found through discovery) for the preflight.
 */
export const scaffolderModuleRouting = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'routing',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        reader: coreServices.urlReader,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({
        scaffolder,
        config,
        logger,
        permissions,
        reader,
        discovery,
        auth,
      }) {
        const gitops = createGitOpsRepositoryFromConfig({
          config,
          reader,
          logger,
        });
        const routingBackend = createRoutingBackendClient({ discovery, auth });
        scaffolder.addActions(
          createRenderExposureAction({ gitops, permissions, routingBackend }),
          createGitOpsBranchAction({ gitops, permissions }),
        );
      },
    });
  },
});
