import { EmptyState } from '@backstage/core-components';
import { routingEntityReadPermission } from '@portway/plugin-routing-common';

/** Props of {@link RoutesNotAllowed}. */
export interface RoutesNotAllowedProps {
  /** The entity whose routes were refused, e.g. `component:default/storefront`. */
  entityRef: string;
}

/** Shown when the backend answers 403: the user may not see these routes. */
export function RoutesNotAllowed({ entityRef }: RoutesNotAllowedProps) {
  return (
    <EmptyState
      missing="info"
      title="You are not allowed to see the routes of this entity"
      description={`Seeing the routes of ${entityRef} needs the ${routingEntityReadPermission.name} permission. Ask the owners of this Backstage instance to grant it.`}
    />
  );
}
