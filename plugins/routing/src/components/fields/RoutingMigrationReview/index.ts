export { RoutingMigrationReview } from './RoutingMigrationReview';
export type {
  RoutingMigrationReviewProps,
  RoutingMigrationReviewUiOptions,
} from './RoutingMigrationReview';
export { validateMigrationReview } from './validateMigrationReview';
