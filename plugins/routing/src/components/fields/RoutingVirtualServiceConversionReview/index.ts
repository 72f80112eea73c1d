export { RoutingVirtualServiceConversionReview } from './RoutingVirtualServiceConversionReview';
export type { RoutingVirtualServiceConversionReviewProps } from './RoutingVirtualServiceConversionReview';
export { validateVirtualServiceConversionReview } from './validateVirtualServiceConversionReview';
