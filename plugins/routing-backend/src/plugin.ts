import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { routingPermissions } from '@portway/plugin-routing-common';
import type {
  AuthenticationStrategy,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import {
  type ExposurePolicyCheck,
  gitOpsRepositoryServiceRef,
  routingClustersExtensionPoint,
  routingExposureExtensionPoint,
} from '@portway/plugin-routing-node';
import { createRouter } from './router';
import { startClusters } from './clusters/startClusters';
import { createEntityRoutesService } from './services/EntityRoutes/createEntityRoutesService';
import { createExposureOptionsService } from './services/ExposureOptions/createExposureOptionsService';
import { createGatewaysService } from './services/Gateways/createGatewaysService';
import { createExposurePreflightService } from './services/ExposurePreflight/createExposurePreflightService';
import { readExposurePolicy } from './services/ExposurePreflight/readExposurePolicy';
import { createIngressMigrationService } from './services/IngressMigration/createIngressMigrationService';
import { createMeshMigrationService } from './services/MeshMigration/createMeshMigrationService';
import { createExposureRequestStore } from './services/ExposureRequests/createExposureRequestStore';
import { createExposureRequestsService } from './services/ExposureRequests/createExposureRequestsService';
import { migrateExposureRequests } from './services/ExposureRequests/migrateExposureRequests';
import { createChangeReader } from './services/ExposureRequests/changes/createChangeReader';
import { createOwnerNotifier } from './services/ExposureRequests/notifyOwners';
import { readRequestLifecycleConfig } from './services/ExposureRequests/readRequestLifecycleConfig';
import { scheduleExposureRequestRefresh } from './services/ExposureRequests/scheduleExposureRequestRefresh';
import { createRoutingUpdatesService } from './services/RoutingUpdates/createRoutingUpdatesService';

/**
 * The routing backend plugin: how catalog entities are reachable in Kubernetes.
 *
 * @public
 */
export const routingPlugin = createBackendPlugin({
  pluginId: 'routing',
  register(env) {
    const suppliers: KubernetesClustersSupplier[] = [];
    const authStrategies: Record<string, AuthenticationStrategy> = {};
    env.registerExtensionPoint(routingClustersExtensionPoint, {
      addClusterSupplier(supplier) {
        suppliers.push(supplier);
      },
      addAuthStrategy(authProvider, strategy) {
        authStrategies[authProvider] = strategy;
      },
    });
    const policyChecks: ExposurePolicyCheck[] = [];
    env.registerExtensionPoint(routingExposureExtensionPoint, {
      addPolicyCheck(check) {
        policyChecks.push(check);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        gitops: gitOpsRepositoryServiceRef,
        lifecycle: coreServices.lifecycle,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        signals: signalsServiceRef,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        auth,
        auditor,
        permissions,
        permissionsRegistry,
        catalog,
        gitops,
        lifecycle,
        database,
        scheduler,
        notifications,
        signals,
      }) {
        permissionsRegistry.addPermissions(routingPermissions);
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await migrateExposureRequests(knex);
        }
        const requestStore = createExposureRequestStore({ knex });
        const clusters = startClusters({
          config,
          logger,
          catalog,
          auth,
          suppliers,
          authStrategies,
        });
        lifecycle.addShutdownHook(() => clusters.stop());
        const policy = readExposurePolicy(config, logger);
        const exposurePreflight = createExposurePreflightService({
          clusters: clusters.caches,
          gitops,
          logger,
          reservations: requestStore,
          policy,
          policyChecks,
        });
        const exposureRequests = createExposureRequestsService({
          store: requestStore,
          preflight: exposurePreflight,
          logger,
        });
        await scheduleExposureRequestRefresh({
          scheduler,
          lifecycle: readRequestLifecycleConfig(config, logger),
          refresh: {
            requests: exposureRequests,
            changes: createChangeReader({ config, gitops, logger }),
            clusters: clusters.caches,
            auditor,
            notifyOwners: createOwnerNotifier({ notifications, logger }),
            logger,
          },
        });
        const entityRoutes = createEntityRoutesService({
          clusters: clusters.caches,
          gitops,
          logger,
        });
        const gateways = createGatewaysService({
          clusters: clusters.caches,
          catalog,
          auth,
          logger,
        });
        // Without the signals backend, publishing reaches no one; pages then poll with ETags.
        const routingUpdates = createRoutingUpdatesService({
          clusters: clusters.caches,
          answers: {
            entityRoutes: entity => entityRoutes.getEntityRoutes(entity),
            gateways: () => gateways.getGateways(),
          },
          signals,
          logger,
        });
        lifecycle.addShutdownHook(() => routingUpdates.stop());
        httpRouter.use(
          await createRouter({
            httpAuth,
            auditor,
            permissions,
            catalog,
            entityRoutes,
            gateways,
            routingUpdates,
            exposureOptions: createExposureOptionsService({
              clusters: clusters.caches,
            }),
            exposurePreflight,
            exposureRequests,
            ingressMigration: createIngressMigrationService({
              clusters: clusters.caches,
              gitops,
              entityRoutes,
              logger,
              policy,
            }),
            meshMigration: createMeshMigrationService({
              clusters: clusters.caches,
              gitops,
              logger,
            }),
          }),
        );
      },
    });
  },
});
