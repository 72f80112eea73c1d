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
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
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
  /** The entity as the caller sees it in the catalog, without a permission check; undefined when there is none. */
  lookup(req: Request, ref: CompoundEntityRef): Promise<Entity | undefined>;
  /** Checks a permission on the entity `entityRef` for the caller; NotAllowedError naming both when denied. */
  authorize(
    req: Request,
    entityRef: string,
    permission: ResourcePermission<'catalog-entity'>,
    denial?: string,
  ): Promise<void>;
}

/** What {@link createEntityAccess} needs. */
export interface EntityAccessOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
}

/** Reads entities with the caller's credentials and checks permissions (`routing.entity.read`, ...) on them. */
export function createEntityAccess(options: EntityAccessOptions): EntityAccess {
  const { httpAuth, permissions, catalog } = options;

  async function lookup(req: Request, ref: CompoundEntityRef) {
    const credentials = await httpAuth.credentials(req);
    return catalog.getEntityByRef(ref, { credentials });
  }

  async function authorize(
    req: Request,
    entityRef: string,
    permission: ResourcePermission<'catalog-entity'>,
    denial = `Not allowed for ${entityRef}`,
  ) {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${denial} (${permission.name})`);
    }
  }

  async function find(req: Request, ref: CompoundEntityRef) {
    const entity = await lookup(req, ref);
    if (!entity) return undefined;
    const entityRef = stringifyEntityRef(entity);
    await authorize(
      req,
      entityRef,
      routingEntityReadPermission,
      `Not allowed to see the routing of ${entityRef}`,
    );
    return entity;
  }

  return {
    find,
    lookup,
    authorize,
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
