export { RoutingIngressClassPicker } from './RoutingIngressClassPicker';
export type { RoutingIngressClassPickerProps } from './RoutingIngressClassPicker';
