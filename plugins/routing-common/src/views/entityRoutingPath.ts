import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The path of an entity's Routing tab in the portal: `/catalog/default/component/storefront/routing`.
 *
 * @public
 */
export function entityRoutingPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/routing`;
}
