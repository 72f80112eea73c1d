import express from 'express';
import Router from 'express-promise-router';
import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  makeValidator,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MalformedExposureRequestError,
  parseExposureRequest,
  renderExposure,
  routingEntityReadPermission,
} from '@portway/plugin-routing-common';
import type { EntityRoutesService } from './services/EntityRoutes/types';

/** What the routing router needs. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  entityRoutes: EntityRoutesService;
}

const validator = makeValidator();

function entityRefFromParams(
  params: Record<string, string>,
): CompoundEntityRef {
  const { namespace, kind, name } = params;
  if (!validator.isValidNamespace(namespace)) {
    throw new InputError(
      `Malformed entity ref: namespace "${namespace}" is not a valid namespace`,
    );
  }
  if (!validator.isValidKind(kind)) {
    throw new InputError(
      `Malformed entity ref: kind "${kind}" is not a valid kind`,
    );
  }
  if (!validator.isValidEntityName(name)) {
    throw new InputError(
      `Malformed entity ref: name "${name}" is not a valid entity name`,
    );
  }
  return { kind, namespace: namespace || DEFAULT_NAMESPACE, name };
}

/** The HTTP API of the routing backend, mounted at /api/routing. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, entityRoutes } = options;
  const router = Router();
  router.use(express.json());

  router.get('/entities/:namespace/:kind/:name/routes', async (req, res) => {
    const ref = entityRefFromParams(req.params);
    const credentials = await httpAuth.credentials(req);
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(
        `No entity ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    const [decision] = await permissions.authorize(
      [
        {
          permission: routingEntityReadPermission,
          resourceRef: stringifyEntityRef(entity),
        },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed to see the routes of ${stringifyEntityRef(ref)}`,
      );
    }
    res.json(await entityRoutes.getEntityRoutes(entity));
  });

  router.get('/gateways', async (_req, res) => {
    res.json(await entityRoutes.getGateways());
  });

  router.post('/exposure/preflight', async (req, res) => {
    try {
      res.json(renderExposure(parseExposureRequest(req.body)));
    } catch (error) {
      if (error instanceof MalformedExposureRequestError) {
        throw new InputError(error.message);
      }
      throw error;
    }
  });

  return router;
}
