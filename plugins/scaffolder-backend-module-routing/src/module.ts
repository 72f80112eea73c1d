import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  exposureServiceRef,
  gitOpsRepositoryServiceRef,
} from '@portway/plugin-routing-node';
import { createOpenExposureAction } from './actions/exposure/createOpenExposureAction';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createPublishActions } from './actions/openChange/createPublishActions';
import { createGitOpsBranchAction } from './actions/gitops/createGitOpsBranchAction';
import { createMigrateIngressAction } from './actions/ingress/createMigrateIngressAction';
import { createRemoveIngressAction } from './actions/ingress/createRemoveIngressAction';
import { createConvertVirtualServiceAction } from './actions/virtualService/createConvertVirtualServiceAction';

/**
 * Adds Portway's scaffolder actions to the scaffolder: `routing:exposure:render` (the
 * preflight, then the manifests into the workspace), `routing:exposure:open` (the request
 * recorded, then its change opened: a branch of the local repository, or a pull request through
 * Backstage's own publish actions for GitHub, GitLab and Bitbucket Server, built here with the
 * `integrations` config), `routing:gitops:branch` (a local branch alone),
 * `routing:ingress:migrate` and `routing:ingress:remove` (an entity's Ingresses moved to the
 * Gateway API, then removed once their routes are live, each as a change), and
 * `routing:virtualservice:convert` (an entity's mesh VirtualServices converted to Gateway API
 * mesh routes, experimental, as a change). They use the
 * backend's one GitOps repository (`gitOpsRepositoryServiceRef`) and the routing backend
 * (`exposureServiceRef`), called on behalf of the task's initiator.
 *
 * @public
 */
export const scaffolderModuleRouting = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'routing',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        gitops: gitOpsRepositoryServiceRef,
        routingBackend: exposureServiceRef,
      },
      async init({ scaffolder, config, permissions, gitops, routingBackend }) {
        const publishActions = createPublishActions(config);
        const changeActionOptions = {
          gitops,
          permissions,
          routingBackend,
          publishActions,
        };
        scaffolder.addActions(
          createRenderExposureAction({ gitops, permissions, routingBackend }),
          createOpenExposureAction(changeActionOptions),
          createGitOpsBranchAction({ gitops, permissions }),
          createMigrateIngressAction(changeActionOptions),
          createRemoveIngressAction(changeActionOptions),
          createConvertVirtualServiceAction(changeActionOptions),
        );
      },
    });
  },
});
