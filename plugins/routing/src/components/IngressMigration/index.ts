export { IngressMigration } from './IngressMigration';
export type { IngressMigrationProps } from './IngressMigration';
