import express from 'express';
import Router from 'express-promise-router';
import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { routingGatewaysReadPermission } from '@portway/plugin-routing-common';
import type { EntityRoutesService } from './services/EntityRoutes/types';
import type { ExposureOptionsService } from './services/ExposureOptions/types';
import type { ExposurePreflightService } from './services/ExposurePreflight/types';
import type { ExposureRequestsService } from './services/ExposureRequests/types';
import type { GatewaysService } from './services/Gateways/types';
import type { IngressMigrationService } from './services/IngressMigration/types';
import type { MeshMigrationService } from './services/MeshMigration/types';
import type { RoutingUpdatesService } from './services/RoutingUpdates/types';
import { sendConditionalJson } from './routes/conditionalJson';
import { createEntityAccess } from './routes/entityAccess';
import { exposureRoutes } from './routes/exposureRoutes';
import { exposureRequestRoutes } from './routes/exposureRequestRoutes';
import { ingressMigrationRoutes } from './routes/ingressMigrationRoutes';
import { virtualServiceConversionRoutes } from './routes/virtualServiceConversionRoutes';

/** What the routing router needs. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  catalog: CatalogService;
  entityRoutes: EntityRoutesService;
  gateways: GatewaysService;
  exposureOptions: ExposureOptionsService;
  exposurePreflight: ExposurePreflightService;
  exposureRequests: ExposureRequestsService;
  ingressMigration: IngressMigrationService;
  meshMigration: MeshMigrationService;
  /** Follows the answers given, to signal their changes to open pages. */
  routingUpdates: RoutingUpdatesService;
}

/** The HTTP API of the routing backend, mounted at /api/routing. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    entityRoutes,
    exposureOptions,
    exposurePreflight,
  } = options;
  const entities = createEntityAccess(options);
  const router = Router();
  router.use(express.json());

  router.get('/entities/:namespace/:kind/:name/routes', async (req, res) => {
    const entity = await entities.fromPath(req);
    const answer = await entityRoutes.getEntityRoutes(entity);
    options.routingUpdates.entityAnswered(entity, answer);
    sendConditionalJson(req, res, answer);
  });

  router.get('/gateways', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: routingGatewaysReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed to see the Gateways (${routingGatewaysReadPermission.name})`,
      );
    }
    const answer = await options.gateways.getGateways({ credentials });
    options.routingUpdates.gatewaysAnswered(answer);
    sendConditionalJson(req, res, answer);
  });

  router.use(exposureRoutes({ entities, exposureOptions, exposurePreflight }));
  router.use(
    exposureRequestRoutes({
      httpAuth,
      auditor: options.auditor,
      entities,
      exposureRequests: options.exposureRequests,
    }),
  );
  router.use(
    ingressMigrationRoutes({
      entities,
      ingressMigration: options.ingressMigration,
    }),
  );
  router.use(
    virtualServiceConversionRoutes({
      entities,
      meshMigration: options.meshMigration,
    }),
  );

  return router;
}
