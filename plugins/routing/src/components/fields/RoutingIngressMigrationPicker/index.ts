export { RoutingIngressMigrationPicker } from './RoutingIngressMigrationPicker';
export type {
  RoutingIngressMigrationPickerProps,
  RoutingIngressMigrationPickerUiOptions,
} from './RoutingIngressMigrationPicker';
export { validateIngressSelection } from './validateIngressSelection';
