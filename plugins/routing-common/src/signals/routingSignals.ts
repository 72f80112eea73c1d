/**
 * The Backstage signal channel on which the routing backend says that the routes answer of
 * an entity changed; `entityRef` as `stringifyEntityRef` writes it.
 *
 * @public
 */
export function entityRoutesChannel(entityRef: string): string {
  return `routing:entity:${entityRef}`;
}

/**
 * The Backstage signal channel on which the routing backend says that the gateways answer
 * changed.
 *
 * @public
 */
export const GATEWAYS_CHANNEL = 'routing:gateways';

/**
 * What a routing signal carries: only which answer changed (signals are broadcast, so they
 * carry no data); a page that shows that answer asks for it again.
 *
 * @public
 */
export type RoutingChangeSignal =
  | { changed: 'entity-routes'; entityRef: string }
  | { changed: 'gateways' };
