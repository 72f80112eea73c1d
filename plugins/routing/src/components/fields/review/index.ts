export { CheckedReview } from './CheckedReview';
export type { CheckedReviewProps } from './CheckedReview';
export { ManifestFiles } from './ManifestFiles';
export type { ReviewKind } from './reviewKind';
export { validateReview } from './validateReview';
