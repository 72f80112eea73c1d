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
export {
  DEFAULT_EXPOSURE_TEMPLATES,
  type ExposureTemplateOption,
  type ExposureTemplateRef,
} from './components/RequestExposureButton';
export {
  RoutingServicePickerFieldExtension,
  RoutingListenerPickerFieldExtension,
  RoutingHostnamesFieldExtension,
  RoutingIngressClassPickerFieldExtension,
  RoutingExposureReviewFieldExtension,
} from './fieldExtensions';
export {
  RoutingServicePicker,
  type RoutingServicePickerProps,
} from './components/fields/RoutingServicePicker';
export {
  RoutingListenerPicker,
  type RoutingListenerPickerProps,
  type RoutingListenerPickerUiOptions,
} from './components/fields/RoutingListenerPicker';
export {
  RoutingHostnamesField,
  type RoutingHostnamesFieldProps,
} from './components/fields/RoutingHostnamesField';
export {
  RoutingIngressClassPicker,
  type RoutingIngressClassPickerProps,
} from './components/fields/RoutingIngressClassPicker';
export {
  RoutingExposureReview,
  type RoutingExposureReviewProps,
} from './components/fields/RoutingExposureReview';
export type {
  ServiceTarget,
  GatewayListenerValue,
  ExposureReviewValue,
} from './components/fields/types';
export type { ListenersQuery } from './api/types';
