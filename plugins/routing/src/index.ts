/**
 * Portway routing: the Routing tab that shows how a catalog entity is reachable
 * in Kubernetes (Gateway API routes with their Gateways and status).
 *
 * @packageDocumentation
 */
export { routingPlugin, EntityRoutingContent } from './plugin';
export { isRoutingAvailable } from './isRoutingAvailable';
export { routingApiRef, type RoutingApi } from './api/types';
export { RoutingClient } from './api/RoutingClient';
export { rootRouteRef, requestExposureRouteRef } from './routes';
export type { EntityRoutingContentProps } from './components/EntityRoutingContent';
export type { ExposureTemplateRef } from './components/RequestExposureButton';
