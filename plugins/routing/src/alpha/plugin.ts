import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  gatewaysRouteRef,
  requestExposureRouteRef,
  rootRouteRef,
} from '../routes';
import {
  routingApi,
  routingEntityCard,
  routingEntityContent,
  routingGatewaysPage,
} from './extensions';
import { routingFormFields } from './formFields';

/**
 * The Portway routing plugin for Backstage's new frontend system: the RoutingApi, the
 * entity page's Routing tab and overview card, the gateways page at `/routing` with its nav
 * item, and the Software Template form fields. Its `requestExposure` external route goes to
 * the scaffolder's template page unless the app binds it elsewhere.
 *
 * @alpha
 */
export const routingPlugin = createFrontendPlugin({
  pluginId: 'routing',
  title: 'Routing',
  routes: {
    root: rootRouteRef,
    gateways: gatewaysRouteRef,
  },
  externalRoutes: {
    requestExposure: requestExposureRouteRef,
  },
  extensions: [
    routingApi,
    routingEntityContent,
    routingEntityCard,
    routingGatewaysPage,
    ...routingFormFields,
  ],
});
