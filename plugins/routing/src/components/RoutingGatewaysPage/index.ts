export { RoutingGatewaysPage } from './RoutingGatewaysPage';
