export { RoutesTable } from './RoutesTable';
export type { RoutesTableProps } from './RoutesTable';
