export { ExposureRequestsList } from './ExposureRequestsList';
export type { ExposureRequestsListProps } from './ExposureRequestsList';
export { ExposureRequestsTable } from './ExposureRequestsTable';
export type { ExposureRequestsTableProps } from './ExposureRequestsTable';
export { ExposureRequestStateChip } from './ExposureRequestStateChip';
export type { ExposureRequestStateChipProps } from './ExposureRequestStateChip';
