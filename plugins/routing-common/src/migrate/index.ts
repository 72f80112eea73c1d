export { migrateIngresses } from './migrateIngresses';
export type { MigrateOptions, Migration, MigrationNote } from './types';
