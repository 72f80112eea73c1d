import { TestDatabases } from '@backstage/backend-test-utils';
import {
  MIGRATIONS_DIRECTORY,
  migrateExposureRequests,
} from './migrateExposureRequests';

/** SQLite always; PostgreSQL too when a connection string is given (there two clients race). */
const postgres = (
  ['POSTGRES_15', 'POSTGRES_16', 'POSTGRES_17'] as const
).filter(
  id =>
    process.env[
      `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`
    ],
);
const databases = TestDatabases.create({ ids: ['SQLITE_3', ...postgres] });

describe.each(databases.eachSupportedId())('migrations on %p', id => {
  it('migrate a fresh database from two clients at once', async () => {
    const knex = await databases.init(id);
    await Promise.all([
      migrateExposureRequests(knex, { delayMs: 20 }),
      migrateExposureRequests(knex, { delayMs: 20 }),
    ]);
    expect(await knex.schema.hasTable('exposure_requests')).toBe(true);
    expect(await knex.schema.hasTable('exposure_hostname_reservations')).toBe(
      true,
    );
    // Two lock rows would leave every later migration "already locked".
    expect(await knex('knex_migrations_lock').select('is_locked')).toEqual([
      { is_locked: 0 },
    ]);
  });

  it('roll back to nothing', async () => {
    const knex = await databases.init(id);
    await migrateExposureRequests(knex);
    await knex.migrate.rollback({ directory: MIGRATIONS_DIRECTORY }, true);
    expect(await knex.schema.hasTable('exposure_requests')).toBe(false);
  });
});
