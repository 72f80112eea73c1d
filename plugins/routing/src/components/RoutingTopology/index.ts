export { RoutingTopology } from './RoutingTopology';
export type { RoutingTopologyProps } from './RoutingTopology';
