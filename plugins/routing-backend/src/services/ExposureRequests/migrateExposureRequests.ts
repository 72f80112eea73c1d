import type { Knex } from 'knex';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

/** The migrations shipped with the plugin (`migrations/`, listed in package.json `files`). */
export const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@portway/plugin-routing-backend',
  'migrations',
);

/** Options of {@link migrateExposureRequests}: the retries on SQLite. */
export interface MigrateOptions {
  /** Tries before giving up; default 5. */
  attempts?: number;
  /** The pause after the first failed try, growing with each; default 200 ms. */
  delayMs?: number;
}

/**
 * Brings the plugin's database to the latest schema. On PostgreSQL, replicas starting together
 * take turns through a transaction-scoped advisory lock: knex creates its own lock table and
 * row without one, so two replicas on a fresh database can each insert a lock row, and after
 * that knex reports "Migration table is already locked" to both, for ever.
 */
export async function migrateExposureRequests(
  knex: Knex,
  options: MigrateOptions = {},
): Promise<void> {
  if (knex.client.dialect !== 'postgresql') {
    await migrateWithRetries(knex, options);
    return;
  }
  await knex.transaction(async turn => {
    await turn.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
      'portway-routing-migrations',
    ]);
    await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
  });
}

/** SQLite clients of one file race to create knex's tables too; a failed try is tried again. */
async function migrateWithRetries(
  knex: Knex,
  { attempts = 5, delayMs = 200 }: MigrateOptions,
): Promise<void> {
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
