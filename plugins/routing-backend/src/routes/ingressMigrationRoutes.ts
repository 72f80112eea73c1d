import Router from 'express-promise-router';
import type express from 'express';
import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  MalformedIngressRequestError,
  parseIngressMigrationRequest,
  parseIngressRemovalRequest,
} from '@portway/plugin-routing-common';
import type { IngressMigrationService } from '../services/IngressMigration/types';
import type { EntityAccess } from './entityAccess';

/** A body read by `parse`; an InputError (400) names every bad field. */
function parsedBody<T>(parse: (body: unknown) => T, body: unknown): T {
  try {
    return parse(body);
  } catch (error) {
    if (error instanceof MalformedIngressRequestError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}

/** What the Ingress migration routes need. */
export interface IngressMigrationRoutesOptions {
  entities: EntityAccess;
  ingressMigration: IngressMigrationService;
}

/**
 * The preflights of the migrate-ingress and remove-ingress templates. As the exposure
 * preflight: a malformed body (entityRef included) is a 400 naming every bad field, the
 * entity is read with the caller's credentials and needs `routing.entity.read` (403), and an
 * entity the catalog does not have is an EntityNotFound finding.
 */
export function ingressMigrationRoutes(
  options: IngressMigrationRoutesOptions,
): express.Router {
  const { entities, ingressMigration } = options;
  const router = Router();

  router.post('/ingress-migrations/preflight', async (req, res) => {
    const request = parsedBody(parseIngressMigrationRequest, req.body);
    const entity = await entities.find(req, parseEntityRef(request.entityRef));
    res.json(await ingressMigration.preflightMigration(request, entity));
  });

  router.post('/ingress-removals/preflight', async (req, res) => {
    const request = parsedBody(parseIngressRemovalRequest, req.body);
    const entity = await entities.find(req, parseEntityRef(request.entityRef));
    res.json(await ingressMigration.preflightRemoval(request, entity));
  });

  return router;
}
