import Router from 'express-promise-router';
import type express from 'express';
import type { Request } from 'express';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Finding,
  routingEntityReadPermission,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import type {
  CreateOutcome,
  ExposureRequestsService,
  MoveResult,
} from '../services/ExposureRequests/types';
import { auditedAction } from './auditedAction';
import type { EntityAccess } from './entityAccess';
import {
  exposureChangeBody,
  exposureReleaseBody,
  parseBody,
} from './exposureChangeBody';
import { entityRefOf, parseExposureBody } from './exposureBody';
import { parseQuery, requestsQuery } from './queryParameters';
import { requestActor } from './requestActor';

/** What the exposure request routes need. */
export interface ExposureRequestRoutesOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
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

/** The request after a move that had to happen; a request past the move's states is a 409. */
function movedOrConflict(
  result: MoveResult | undefined,
  id: string,
  what: string,
) {
  if (!result) throw new NotFoundError(`No exposure request ${id}`);
  if (!result.moved) {
    throw new ConflictError(
      `Exposure request ${id} is ${result.request.state}: ${what} no longer applies`,
    );
  }
  return result.request;
}

/**
 * Exposure requests as a resource: record one (preflight, then its hostnames reserved), list
 * an entity's, record the change opened for one or release it, withdraw one. Refusals carry
 * the findings (`{ error, findings }`), so a client shows them as it shows a preflight's.
 * Every change is an auditor event with the caller.
 */
export function exposureRequestRoutes(
  options: ExposureRequestRoutesOptions,
): express.Router {
  const { httpAuth, auditor, entities, exposureRequests } = options;
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
    const outcome = await auditedAction<CreateOutcome>(
      auditor,
      req,
      { action: 'create', entityRef: request.entityRef },
      async () => {
        const result = await exposureRequests.create(request, entity, actor);
        if (result.status === 'created') {
          return {
            result,
            meta: { requestId: result.request.id, state: result.request.state },
          };
        }
        const message = summary(result.findings);
        return {
          result,
          meta: { outcome: result.status },
          refusal:
            result.status === 'conflict'
              ? new ConflictError(message)
              : new InputError(message),
        };
      },
    );
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
    const withdrawn = await auditedAction(
      auditor,
      req,
      {
        action: 'withdraw',
        requestId: request.id,
        entityRef: request.entityRef,
      },
      async () => {
        const result = await exposureRequests.withdraw(request.id, actor);
        if (!result)
          throw new NotFoundError(`No exposure request ${request.id}`);
        return {
          result: result.request,
          meta: { state: result.request.state, moved: result.moved },
        };
      },
    );
    res.json({ request: withdrawn });
  });

  router.post('/exposure/requests/:id/change', async (req, res) => {
    const change = parseBody(exposureChangeBody, req.body);
    const request = await authorizedRequest(
      req,
      routingExposureCreatePermission,
      entityRef => `Not allowed to record changes for ${entityRef}`,
    );
    const opened = await auditedAction(
      auditor,
      req,
      {
        action: 'record-change',
        requestId: request.id,
        entityRef: request.entityRef,
        provider: change.provider,
        branchName: change.branchName,
        pullRequestUrl: change.pullRequestUrl ?? null,
      },
      async () => ({
        result: movedOrConflict(
          await exposureRequests.recordChange(request.id, change),
          request.id,
          'recording its change',
        ),
        meta: { state: 'open' },
      }),
    );
    res.json({ request: opened });
  });

  router.post('/exposure/requests/:id/release', async (req, res) => {
    const { reason } = parseBody(exposureReleaseBody, req.body);
    const request = await authorizedRequest(
      req,
      routingExposureCreatePermission,
      entityRef => `Not allowed to release exposure requests of ${entityRef}`,
    );
    const released = await auditedAction(
      auditor,
      req,
      {
        action: 'release',
        requestId: request.id,
        entityRef: request.entityRef,
        reason,
      },
      async () => ({
        result: movedOrConflict(
          await exposureRequests.release(request.id, reason),
          request.id,
          'releasing it',
        ),
        meta: { state: 'failed' },
      }),
    );
    res.json({ request: released });
  });

  return router;
}
