import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { routingApiRef } from './api/types';
import type { EntityRoutingCardProps } from './components/EntityRoutingCard';
import type { EntityRoutingContentProps } from './components/EntityRoutingContent';
import { RoutingClient } from './api/RoutingClient';
import {
  gatewaysRouteRef,
  requestExposureRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The Portway routing plugin for the legacy frontend system: how catalog entities are
 * reachable in Kubernetes. For the new frontend system, use `@portway/plugin-routing/alpha`.
 *
 * @public
 */
export const routingPlugin = createPlugin({
  id: 'routing',
  apis: [
    createApiFactory({
      api: routingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new RoutingClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    gateways: gatewaysRouteRef,
  },
  externalRoutes: {
    requestExposure: requestExposureRouteRef,
  },
});

/**
 * The Routing tab for an entity page; put it in an `EntityLayout.Route` at `/routing`.
 *
 * @public
 */
export const EntityRoutingContent: (
  props: EntityRoutingContentProps,
) => JSX.Element = routingPlugin.provide(
  createRoutableExtension({
    name: 'EntityRoutingContent',
    component: () =>
      import('./components/EntityRoutingContent').then(
        m => m.EntityRoutingContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The routing card for an entity's overview page: its URLs and one health line.
 *
 * @public
 */
export const EntityRoutingCard: (props: EntityRoutingCardProps) => JSX.Element =
  routingPlugin.provide(
    createComponentExtension({
      name: 'EntityRoutingCard',
      component: {
        lazy: () =>
          import('./components/EntityRoutingCard').then(
            m => m.EntityRoutingCard,
          ),
      },
    }),
  );

/**
 * The gateways page: every Gateway in every cluster with its listeners and attached routes;
 * put it in a `Route` at `/routing`.
 *
 * @public
 */
export const RoutingGatewaysPage: () => JSX.Element = routingPlugin.provide(
  createRoutableExtension({
    name: 'RoutingGatewaysPage',
    component: () =>
      import('./components/RoutingGatewaysPage').then(
        m => m.RoutingGatewaysPage,
      ),
    mountPoint: gatewaysRouteRef,
  }),
);
