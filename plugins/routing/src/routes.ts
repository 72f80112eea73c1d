import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The Routing tab of an entity page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'routing',
});

/**
 * The gateways page: every Gateway, its listeners and the routes attached to them.
 *
 * @public
 */
export const gatewaysRouteRef = createRouteRef({
  id: 'routing-gateways',
});

/**
 * Where "Request exposure" leads: a Software Template page. The new frontend system binds it
 * to the scaffolder's `selectedTemplate` route by default; a legacy app binds it in
 * `bindRoutes`. When it is not bound, the link falls back to
 * `/create/templates/{namespace}/{templateName}`.
 *
 * @public
 */
export const requestExposureRouteRef = createExternalRouteRef({
  id: 'routing-request-exposure',
  params: ['namespace', 'templateName'],
  optional: true,
  defaultTarget: 'scaffolder.selectedTemplate',
});
