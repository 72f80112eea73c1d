export { RoutingExposureReview } from './RoutingExposureReview';
export type { RoutingExposureReviewProps } from './RoutingExposureReview';
export { validateExposureReview } from './validateExposureReview';
