export { RouteItem } from './RouteItem';
export type { RouteItemProps } from './RouteItem';
export { EXPOSURE_REQUESTS_ANCHOR } from './PendingReview';
