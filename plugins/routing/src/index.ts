/**
 * Portway routing: the Routing tab, the overview card and the gateways page that show how
 * catalog entities are reachable in Kubernetes, for the legacy frontend system (the new one
 * is at `@portway/plugin-routing/alpha`).
 *
 * @packageDocumentation
 */
export {
  routingPlugin,
  EntityRoutingContent,
  EntityRoutingCard,
  RoutingGatewaysPage,
} from './plugin';
export { isRoutingAvailable } from './isRoutingAvailable';
export { routingApiRef, type RoutingApi } from './api/types';
export { RoutingClient } from './api/RoutingClient';
export {
  rootRouteRef,
  gatewaysRouteRef,
  requestExposureRouteRef,
} from './routes';
export type { EntityRoutingContentProps } from './components/EntityRoutingContent';
export type { EntityRoutingCardProps } from './components/EntityRoutingCard';
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
  RoutingIngressMigrationPickerFieldExtension,
  RoutingMigrationReviewFieldExtension,
  RoutingVirtualServicePickerFieldExtension,
  RoutingVirtualServiceConversionReviewFieldExtension,
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
export {
  RoutingIngressMigrationPicker,
  type RoutingIngressMigrationPickerProps,
  type RoutingIngressMigrationPickerUiOptions,
} from './components/fields/RoutingIngressMigrationPicker';
export {
  RoutingMigrationReview,
  type RoutingMigrationReviewProps,
  type RoutingMigrationReviewUiOptions,
} from './components/fields/RoutingMigrationReview';
export {
  RoutingVirtualServicePicker,
  type RoutingVirtualServicePickerProps,
} from './components/fields/RoutingVirtualServicePicker';
export {
  RoutingVirtualServiceConversionReview,
  type RoutingVirtualServiceConversionReviewProps,
} from './components/fields/RoutingVirtualServiceConversionReview';
export type {
  ServiceTarget,
  GatewayListenerValue,
  ExposureReviewValue,
  IngressSelection,
  IngressChangePurpose,
  VirtualServiceSelection,
} from './components/fields/types';
export type { RouteSource } from './components/fields/listenerQuery';
export type { ListenersQuery } from './api/types';
