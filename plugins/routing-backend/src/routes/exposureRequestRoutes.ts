import Router from 'express-promise-router';
import type express from 'express';
import type { Request } from 'express';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Finding,
  routingEntityReadPermission,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import type { ExposureRequestsService } from '../services/ExposureRequests/types';
import type { EntityAccess } from './entityAccess';
import { entityRefOf, parseExposureBody } from './exposureBody';
import { parseQuery, requestsQuery } from './queryParameters';
import { requestActor } from './requestActor';

/** What the exposure request routes need. */
export interface ExposureRequestRoutesOptions {
  httpAuth: HttpAuthService;
  entities: EntityAccess;
  exposureRequests: ExposureRequestsService;
}

/** The error findings in one line, for the `error.message` beside them. */
function summary(findings: Finding[]): string {
  return findings
    .filter(finding => finding.severity === 'error')
    .map(
      finding => (finding.field ? `${finding.field}: ` : '') + finding.message,
    )
    .join('; ');
}

/**
 * Exposure requests as a resource: record one (preflight, then its hostnames reserved), list
 * an entity's, withdraw one. Refusals carry the findings (`{ error, findings }`), so a client
 * shows them as it shows a preflight's.
 */
export function exposureRequestRoutes(
  options: ExposureRequestRoutesOptions,
): express.Router {
  const { httpAuth, entities, exposureRequests } = options;
  const router = Router();

  router.post('/exposure/requests', async (req, res) => {
    const body = parseExposureBody(req.body);
    const ref = entityRefOf(body);
    const entity = ref && (await entities.lookup(req, ref));
    const request = entity
      ? { ...body, entityRef: stringifyEntityRef(entity) }
      : body;
    if (entity) {
      await entities.authorize(
        req,
        request.entityRef,
        routingExposureCreatePermission,
        `Not allowed to request exposure for ${request.entityRef}`,
      );
    }
    const actor = await requestActor(httpAuth, req);
    const outcome = await exposureRequests.create(request, entity, actor);
    if (outcome.status === 'created') {
      res.status(201).json({
        request: outcome.request,
        findings: outcome.findings,
      });
      return;
    }
    const conflict = outcome.status === 'conflict';
    res.status(conflict ? 409 : 400).json({
      error: {
        name: conflict ? 'ConflictError' : 'InputError',
        message: summary(outcome.findings),
      },
      findings: outcome.findings,
    });
  });

  router.get('/exposure/requests', async (req, res) => {
    const { entityRef } = parseQuery(requestsQuery, req.query);
    const entity = await entities.find(req, parseEntityRef(entityRef));
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    res.json({ requests: await exposureRequests.listForEntity(entityRef) });
  });

  /** The request of the path's `:id` (404 when there is none), once the caller may act on its entity. */
  async function authorizedRequest(
    req: Request<{ id: string }>,
    permission: ResourcePermission<'catalog-entity'>,
    denial: (entityRef: string) => string,
  ) {
    const request = await exposureRequests.get(req.params.id);
    if (!request) {
      throw new NotFoundError(`No exposure request ${req.params.id}`);
    }
    await entities.authorize(
      req,
      request.entityRef,
      permission,
      denial(request.entityRef),
    );
    return request;
  }

  router.get('/exposure/requests/:id', async (req, res) => {
    const request = await authorizedRequest(
      req,
      routingEntityReadPermission,
      entityRef => `Not allowed to see the routing of ${entityRef}`,
    );
    res.json({ request });
  });

  router.delete('/exposure/requests/:id', async (req, res) => {
    const request = await authorizedRequest(
      req,
      routingExposureCreatePermission,
      entityRef => `Not allowed to withdraw exposure requests of ${entityRef}`,
    );
    const actor = await requestActor(httpAuth, req);
    res.json({ request: await exposureRequests.withdraw(request.id, actor) });
  });

  return router;
}
