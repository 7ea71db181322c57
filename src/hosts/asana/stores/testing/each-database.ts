import { databaseForThisFile } from '../../../../../test/support/local-database';
import { migrate } from '../../../local/database/migrate';
import { openPostgres } from '../../../local/database/pg-client';
import type { SqlClient } from '../../../local/database/sql-client';

export type DatabaseEngine = 'PGlite' | 'PostgreSQL';

/**
 * Declares the same store tests twice: on PGlite in memory, and on a real PostgreSQL server when
 * DATABASE_URL names one (CI starts one; a local run without it shows the PostgreSQL block as skipped).
 * On PostgreSQL the file works in a schema of its own, dropped afterwards, through a pool of several
 * connections, so racing calls really race.
 * @example describeOnEachDatabase('SqlReplayGuard', (database) => { it('…', async () => { await database().query('SELECT 1'); }); });
 */
export function describeOnEachDatabase(title: string, tests: (database: () => SqlClient, engine: DatabaseEngine) => void): void {
  describe(`${title} on PGlite`, () => {
    tests(databaseForThisFile(), 'PGlite');
  });

  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    describe.skip(`${title} on PostgreSQL (set DATABASE_URL to run)`, () => {
      it('runs the same tests against a real server', () => undefined);
    });
    return;
  }
  describe(`${title} on PostgreSQL`, () => {
    const schema = `mops_test_${process.pid}_${Date.now().toString(36)}_${title.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 20)}`;
    let db: SqlClient | undefined;
    beforeAll(async () => {
      const admin = openPostgres({ connectionString: databaseUrl, max: 1 });
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.close();
      db = openPostgres({ connectionString: databaseUrl, schema, max: 8 });
      await migrate(db);
    });
    afterAll(async () => {
      await db?.close();
      const admin = openPostgres({ connectionString: databaseUrl, max: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    });
    tests(() => {
      if (!db) throw new Error('The PostgreSQL test database is open only inside tests and their hooks');
      return db;
    }, 'PostgreSQL');
  });
}
