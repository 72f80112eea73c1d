export { NoRoutesEmptyState } from './NoRoutesEmptyState';
export type { NoRoutesEmptyStateProps } from './NoRoutesEmptyState';
