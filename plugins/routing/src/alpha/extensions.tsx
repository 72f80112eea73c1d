import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import CallSplitIcon from '@material-ui/icons/CallSplit';
import { z } from 'zod/v4';
import { routingApiRef } from '../api/types';
import { RoutingClient } from '../api/RoutingClient';
import { isRoutingAvailable } from '../isRoutingAvailable';
import { gatewaysRouteRef, rootRouteRef } from '../routes';

/** The RoutingApi: the routing backend over the app's discovery and fetch. */
export const routingApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: routingApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new RoutingClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Routing tab of the entity page, at `/catalog/{namespace}/{kind}/{name}/routing`, for
 * entities that name their Kubernetes objects (`isRoutingAvailable`). Its config
 * `exposureTemplates` replaces the templates "Request exposure" offers (the first is the main
 * button), as the legacy component's `exposureTemplates` prop does.
 */
export const routingEntityContent = EntityContentBlueprint.makeWithOverrides({
  configSchema: {
    exposureTemplates: z
      .array(
        z.object({
          namespace: z.string().default('default'),
          name: z.string(),
          title: z.string(),
          description: z.string(),
          legacy: z.boolean().optional(),
        }),
      )
      .min(1)
      .optional(),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      path: 'routing',
      title: 'Routing',
      routeRef: rootRouteRef,
      filter: isRoutingAvailable,
      loader: () =>
        import('../components/EntityRoutingContent').then(m => (
          <m.EntityRoutingContent
            exposureTemplates={config.exposureTemplates}
          />
        )),
    });
  },
});

/**
 * The routing card of the entity's overview: its URLs and one health line, in the info
 * column next to About, where it is seen first.
 */
export const routingEntityCard = EntityCardBlueprint.make({
  params: {
    type: 'info',
    filter: isRoutingAvailable,
    loader: () =>
      import('../components/EntityRoutingCard').then(m => (
        <m.EntityRoutingCard />
      )),
  },
});

/**
 * The gateways page at `/routing`, with its "Gateways" item in the app's nav. The page draws
 * its own header, as it does in the legacy frontend system.
 */
export const routingGatewaysPage = PageBlueprint.make({
  params: {
    path: '/routing',
    title: 'Gateways',
    icon: <CallSplitIcon fontSize="inherit" />,
    routeRef: gatewaysRouteRef,
    noHeader: true,
    loader: () =>
      import('../components/RoutingGatewaysPage').then(m => (
        <m.RoutingGatewaysPage />
      )),
  },
});
