import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import {
  ENTITY_REF_ANNOTATION,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import type { ClusterCacheReader } from '../../clusters/cache/types';
import { EntitySelector, entitySelector } from '../EntityRoutes/entitySelector';
import { backendServices } from './gatewayAnalysis';

/** What says which catalog entities own a route. */
export interface RouteOwnership {
  /** The entity ref Portway wrote on the route (its entity-ref annotation), when present. */
  entityRef?: string;
  /** Otherwise the route and its backend Services, matched against the entities' selectors. */
  objects: KubernetesObject[];
}

/** Reads a route's ownership: its entity-ref annotation, else the route and its cached backend Services. */
export function routeOwnership(
  cache: Pick<ClusterCacheReader, 'get'>,
  route: KubernetesObject,
): RouteOwnership {
  const entityRef = route.metadata?.annotations?.[ENTITY_REF_ANNOTATION];
  if (entityRef) return { entityRef, objects: [] };
  return { objects: [route, ...backendServices(cache, route)] };
}

interface OwnerCandidate {
  ref: string;
  selector: EntitySelector;
}

/** Entities as Backstage's Kubernetes plugin selects objects: by `kubernetes-id`, or by a label selector. */
function candidates(entities: Entity[], logger: LoggerService) {
  const byId = new Map<string, OwnerCandidate[]>();
  const bySelector: OwnerCandidate[] = [];
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    let selector: EntitySelector;
    try {
      selector = entitySelector(entity);
    } catch (error) {
      logger.debug(`Entity ${ref} owns no routes: ${error}`);
      continue;
    }
    const annotations = entity.metadata.annotations ?? {};
    const id = annotations[KUBERNETES_ANNOTATION];
    if (annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION]) {
      bySelector.push({ ref, selector });
    } else if (id) {
      byId.set(id, [...(byId.get(id) ?? []), { ref, selector }]);
    }
  }
  return { byId, bySelector };
}

/** Options of {@link routeEntityRefs}. */
export interface RouteEntityOptions {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  logger: LoggerService;
}

/**
 * The catalog entities owning each route, as entity refs, from one catalog query (made with
 * the credentials given, so only entities the caller may see are named): the entity-ref
 * annotation when the route carries it; else every entity whose `kubernetes-id` or label
 * selector (and namespace annotation) selects the route or one of its backend Services. A
 * route no entity selects, or any route when the catalog cannot be read, gets none.
 */
export async function routeEntityRefs(
  ownerships: RouteOwnership[],
  options: RouteEntityOptions,
): Promise<(ownership: RouteOwnership) => string[]> {
  const unannotated = ownerships.filter(o => !o.entityRef);
  const ids = new Set(
    unannotated.flatMap(o =>
      o.objects.flatMap(object => {
        const id = object.metadata?.labels?.[KUBERNETES_ANNOTATION];
        return id ? [id] : [];
      }),
    ),
  );
  let entities: Entity[] = [];
  if (unannotated.length > 0) {
    try {
      const response = await options.catalog.getEntities(
        {
          filter: [
            ...(ids.size > 0
              ? [
                  {
                    [`metadata.annotations.${KUBERNETES_ANNOTATION}`]: [...ids],
                  },
                ]
              : []),
            {
              [`metadata.annotations.${KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION}`]:
                CATALOG_FILTER_EXISTS,
            },
          ],
          fields: [
            'kind',
            'metadata.namespace',
            'metadata.name',
            'metadata.annotations',
          ],
        },
        { credentials: options.credentials },
      );
      entities = response.items;
    } catch (error) {
      options.logger.warn(
        `Could not read the catalog to find the entities owning routes: ${error}`,
      );
    }
  }
  const { byId, bySelector } = candidates(entities, options.logger);
  return ownership => {
    if (ownership.entityRef) return [ownership.entityRef];
    const owners = new Set<string>();
    for (const object of ownership.objects) {
      const id = object.metadata?.labels?.[KUBERNETES_ANNOTATION];
      for (const candidate of [
        ...(id ? byId.get(id) ?? [] : []),
        ...bySelector,
      ]) {
        if (candidate.selector.matches(object)) owners.add(candidate.ref);
      }
    }
    return [...owners].sort();
  };
}
