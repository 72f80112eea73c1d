import knexFactory, { Knex } from 'knex';

/** The PostgreSQL server the database tier runs against: the one named by PORTWAY_TEST_POSTGRES_URL. */
export function testPostgresUrl(): string {
  const url = process.env.PORTWAY_TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      'PORTWAY_TEST_POSTGRES_URL is not set: start a throwaway PostgreSQL first, e.g.\n' +
        '  eval "$(test/db/start-postgres.sh /tmp/pg | grep =)"; export PORTWAY_TEST_POSTGRES_URL\n' +
        'then npm run test:db, and test/db/stop-postgres.sh /tmp/pg afterwards.',
    );
  }
  return url;
}

/** A name no other test run uses, for databases (lower case, digits and `_`, short). */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.floor(
    Math.random() * 1e6,
  ).toString(36)}`;
}

/** A connection to the server's `postgres` database, for creating and dropping databases. */
export function adminClient(url: string = testPostgresUrl()): Knex {
  const connection = new URL(url);
  connection.pathname = '/postgres';
  return knexFactory({
    client: 'pg',
    connection: connection.toString(),
    pool: { min: 0, max: 1 },
  });
}

/** Drops the databases whose names start with `prefix` (what one test run created). */
export async function dropDatabasesWithPrefix(prefix: string): Promise<void> {
  const admin = adminClient();
  try {
    const rows: Array<{ datname: string }> = await admin('pg_database')
      .select('datname')
      .where('datname', 'like', `${prefix.replace(/_/g, '\\_')}%`);
    for (const { datname } of rows) {
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
  } finally {
    await admin.destroy();
  }
}
