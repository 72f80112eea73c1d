import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { routingPermissions } from '@portway/plugin-routing-common';
import { createGitOpsRepositoryFromConfig } from '@portway/plugin-routing-node';
import { createRouter } from './router';
import { createClusterReaders } from './clusters/createClusterReaders';
import { createEntityRoutesService } from './services/EntityRoutes/createEntityRoutesService';

/**
 * The routing backend plugin: how catalog entities are reachable in Kubernetes.
 *
 * @public
 */
export const routingPlugin = createBackendPlugin({
  pluginId: 'routing',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        urlReader: coreServices.urlReader,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        catalog,
        urlReader,
      }) {
        permissionsRegistry.addPermissions(routingPermissions);
        const clusters = createClusterReaders(config, logger);
        logger.info(
          `Reading routes from ${clusters.length} cluster(s): ${clusters
            .map(c => c.name)
            .join(', ')}`,
        );
        const entityRoutes = createEntityRoutesService({
          clusters,
          gitops: createGitOpsRepositoryFromConfig({
            config,
            reader: urlReader,
            logger,
          }),
          logger,
          clusterTimeoutMs:
            config.getOptionalNumber('routing.clusterTimeoutMs') ?? 10000,
        });
        httpRouter.use(
          await createRouter({ httpAuth, permissions, catalog, entityRoutes }),
        );
      },
    });
  },
});
