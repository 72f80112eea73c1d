import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createGitOpsBranchAction } from './actions/gitops/createGitOpsBranchAction';
import { createGitOpsRepositoryFromConfig } from '@portway/plugin-routing-node';

/**
 * Adds Portway's scaffolder actions (`routing:exposure:render`, `routing:gitops:branch`) to
 * the scaffolder, with the GitOps repository configured under `routing.gitops`.
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
      },
      async init({ scaffolder, config, logger, permissions, reader }) {
        const gitops = createGitOpsRepositoryFromConfig({
          config,
          reader,
          logger,
        });
        scaffolder.addActions(
          createRenderExposureAction({ gitops, permissions }),
          createGitOpsBranchAction({ gitops }),
        );
      },
    });
  },
});
