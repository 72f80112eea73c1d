import type { Knex } from 'knex';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

/** The migrations shipped with the plugin (`migrations/`, listed in package.json `files`). */
export const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@portway/plugin-routing-backend',
  'migrations',
);

/** Options of {@link migrateExposureRequests}. */
export interface MigrateOptions {
  /** Tries before giving up; default 5. */
  attempts?: number;
  /** The pause after the first failed try, growing with each; default 200 ms. */
  delayMs?: number;
}

/**
 * Brings the plugin's database to the latest schema. Replicas starting together on a fresh
 * PostgreSQL database race to create knex's own migration tables (one gets "relation already
 * exists"); knex's lock orders everything after that, so a failed try is simply tried again.
 */
export async function migrateExposureRequests(
  knex: Knex,
  options: MigrateOptions = {},
): Promise<void> {
  const { attempts = 5, delayMs = 200 } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, delayMs * attempt));
    }
  }
}
