import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { routingApiRef } from './api/types';
import { RoutingClient } from './api/RoutingClient';
import { requestExposureRouteRef, rootRouteRef } from './routes';

/**
 * The Portway routing plugin: how catalog entities are reachable in Kubernetes.
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
  },
  externalRoutes: {
    requestExposure: requestExposureRouteRef,
  },
});

/**
 * The Routing tab for an entity page; put it in an `EntityLayout.Route`.
 *
 * @public
 */
export const EntityRoutingContent = routingPlugin.provide(
  createRoutableExtension({
    name: 'EntityRoutingContent',
    component: () =>
      import('./components/EntityRoutingContent').then(
        m => m.EntityRoutingContent,
      ),
    mountPoint: rootRouteRef,
  }),
);
