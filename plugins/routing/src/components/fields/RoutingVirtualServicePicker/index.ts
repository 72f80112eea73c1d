export { RoutingVirtualServicePicker } from './RoutingVirtualServicePicker';
export type { RoutingVirtualServicePickerProps } from './RoutingVirtualServicePicker';
export { validateVirtualServiceSelection } from './validateVirtualServiceSelection';
