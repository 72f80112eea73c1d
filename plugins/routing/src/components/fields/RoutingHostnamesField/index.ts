export { RoutingHostnamesField } from './RoutingHostnamesField';
export type { RoutingHostnamesFieldProps } from './RoutingHostnamesField';
