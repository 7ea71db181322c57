import { errorMessage } from '../../shared/error-message';
import { MIGRATIONS, type Migration } from './migrations';
import type { SqlClient } from './sql-client';

/** Any fixed number: every process migrating the same PostgreSQL database waits on this one lock. */
const MIGRATION_LOCK = 7_316_001;

export interface MigrationOutcome {
  applied: number[];
  current: number;
}

/**
 * Brings the schema up to date: applies, in order, the migrations the `schema_migrations` table does
 * not list yet, all in one transaction under an advisory lock, so two servers starting at once against
 * one PostgreSQL apply each step once. Running it again changes nothing.
 * @example await migrate(db) // { applied: [1], current: 1 } the first time, { applied: [], current: 1 } after
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationOutcome> {
  const versions = migrations.map((migration) => migration.version);
  versions.forEach((version, index) => {
    if (index > 0 && version <= (versions[index - 1] ?? 0)) throw new Error(`Migrations must be numbered upwards; version ${version} follows ${versions[index - 1]}`);
  });
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) {
        try {
          await tx.query(statement);
        } catch (error) {
          throw new Error(`Migration ${migration.version} (${migration.name}) failed at: ${statement.trim().split('\n')[0]} — ${errorMessage(error)}`);
        }
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    const newest = Math.max(0, ...done, ...applied);
    const known = Math.max(0, ...versions);
    if (newest > known) throw new Error(`The database is at schema version ${newest}, newer than this Mops knows (${known}); run a newer Mops or another data folder`);
    return { applied, current: newest };
  });
}
