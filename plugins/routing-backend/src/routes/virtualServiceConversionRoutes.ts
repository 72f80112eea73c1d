import Router from 'express-promise-router';
import type express from 'express';
import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  MalformedVirtualServiceConversionRequestError,
  parseVirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';
import type { MeshMigrationService } from '../services/MeshMigration/types';
import type { EntityAccess } from './entityAccess';

/** What the VirtualService conversion route needs. */
export interface VirtualServiceConversionRoutesOptions {
  entities: EntityAccess;
  meshMigration: MeshMigrationService;
}

/**
 * The preflight of the convert-virtualservice template, as the Ingress migration's: a malformed
 * body (entityRef included) is a 400 naming every bad field, the entity is read with the
 * caller's credentials and needs `routing.entity.read` (403), and an entity the catalog does
 * not have is an EntityNotFound finding.
 */
export function virtualServiceConversionRoutes(
  options: VirtualServiceConversionRoutesOptions,
): express.Router {
  const { entities, meshMigration } = options;
  const router = Router();

  router.post('/virtual-service-conversions/preflight', async (req, res) => {
    let request;
    try {
      request = parseVirtualServiceConversionRequest(req.body);
    } catch (error) {
      if (error instanceof MalformedVirtualServiceConversionRequestError) {
        throw new InputError(error.message);
      }
      throw error;
    }
    const entity = await entities.find(req, parseEntityRef(request.entityRef));
    res.json(await meshMigration.preflightConversion(request, entity));
  });

  return router;
}
