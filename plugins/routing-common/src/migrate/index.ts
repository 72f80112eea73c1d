export { migrateIngresses } from './migrateIngresses';
export { annotationHint } from './annotations';
export type { MigrateOptions, Migration, MigrationNote } from './types';
