import type { Request } from 'express';
import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  makeValidator,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { routingEntityReadPermission } from '@portway/plugin-routing-common';

const validator = makeValidator();

/** The entity named by a path's `:namespace/:kind/:name`; an InputError names the bad part. */
export function entityRefFromParams(
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

/**
 * Reads entities for a request: from the catalog with the caller's credentials, then
 * authorized for `routing.entity.read` with the entity as resourceRef.
 */
export interface EntityAccess {
  /** The entity, or undefined when the catalog has none the caller may see; NotAllowedError when the policy denies it. */
  find(req: Request, ref: CompoundEntityRef): Promise<Entity | undefined>;
  /** The entity of the path's `:namespace/:kind/:name`; NotFoundError when the catalog has none. */
  fromPath(req: Request): Promise<Entity>;
}

/** What {@link createEntityAccess} needs. */
export interface EntityAccessOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
}

/** Reads entities with the caller's credentials and checks `routing.entity.read` on them. */
export function createEntityAccess(options: EntityAccessOptions): EntityAccess {
  const { httpAuth, permissions, catalog } = options;

  async function find(req: Request, ref: CompoundEntityRef) {
    const credentials = await httpAuth.credentials(req);
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) return undefined;
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
        `Not allowed to see the routing of ${stringifyEntityRef(entity)} (${
          routingEntityReadPermission.name
        })`,
      );
    }
    return entity;
  }

  return {
    find,
    async fromPath(req) {
      const ref = entityRefFromParams(req.params);
      const entity = await find(req, ref);
      if (!entity) {
        throw new NotFoundError(
          `No entity ${stringifyEntityRef(ref)} in the catalog`,
        );
      }
      return entity;
    },
  };
}
