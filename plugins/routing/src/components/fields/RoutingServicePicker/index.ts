export { RoutingServicePicker } from './RoutingServicePicker';
export type { RoutingServicePickerProps } from './RoutingServicePicker';
export { validateServiceTarget } from './validateServiceTarget';
