import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { GatewayView } from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import type { AsyncAnswer } from './types';

/** The owner entity ref (`group:default/team-shop`) of each entity ref, where the catalog has one. */
export type RouteOwners = ReadonlyMap<string, string>;

const FIELDS = ['kind', 'metadata.namespace', 'metadata.name', 'spec.owner'];

/** Every entity ref that the Gateways' routes name, each once, sorted. */
function routeEntityRefs(gateways: GatewayView[]): string[] {
  const refs = gateways.flatMap(gateway =>
    gateway.listeners.flatMap(listener =>
      listener.routes.flatMap(route => route.entityRefs),
    ),
  );
  return [...new Set(refs)].sort();
}

/**
 * Looks up, in one catalog request, the owners of the entities behind the Gateways' routes;
 * asks nothing while there are no Gateways or no such entities.
 */
export function useRouteOwners(
  gateways: GatewayView[] | undefined,
): AsyncAnswer<RouteOwners> {
  const catalogApi = useApi(catalogApiRef);
  const entityRefs = routeEntityRefs(gateways ?? []);
  const key = entityRefs.join(' ');
  const { value, loading, error } = useAsync(async () => {
    const owners = new Map<string, string>();
    if (entityRefs.length === 0) return owners;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs,
      fields: FIELDS,
    });
    items.forEach((entity, index) => {
      const owner = entity?.spec?.owner;
      if (typeof owner !== 'string') return;
      const ownerRef = parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity?.metadata.namespace ?? 'default',
      });
      owners.set(entityRefs[index], stringifyEntityRef(ownerRef));
    });
    return owners;
  }, [catalogApi, key]);
  return { value, loading, error };
}
