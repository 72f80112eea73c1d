export { RoutingListenerPicker } from './RoutingListenerPicker';
export type {
  RoutingListenerPickerProps,
  RoutingListenerPickerUiOptions,
} from './RoutingListenerPicker';
