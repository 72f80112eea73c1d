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
 * Where "Request exposure" leads: a Software Template page. Bind it to the
 * scaffolder's `selectedTemplate` route; when it is not bound, the link falls
 * back to `/create/templates/{namespace}/{templateName}`.
 *
 * @public
 */
export const requestExposureRouteRef = createExternalRouteRef({
  id: 'routing-request-exposure',
  params: ['namespace', 'templateName'],
  optional: true,
});
