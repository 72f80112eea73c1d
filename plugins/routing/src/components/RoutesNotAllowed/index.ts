export { RoutesNotAllowed } from './RoutesNotAllowed';
export type { RoutesNotAllowedProps } from './RoutesNotAllowed';
