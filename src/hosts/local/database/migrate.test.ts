import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '../../../../test/support/local-database';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

// Opening PGlite from a folder starts its WebAssembly engine and replays its files: seconds on a busy machine.
jest.setTimeout(60_000);

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mops-migrate-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies the schema once, and the data in the folder outlives the process that wrote it', async () => {
    const first = await openTestDatabase(folder);
    expect(await migrate(first)).toEqual({ applied: [], current: MIGRATIONS.length });
    await first.query(`INSERT INTO teams (id, name, kind) VALUES ('team-brand', 'Brand & Content', 'internal')`);
    await first.close();

    const reopened = await openTestDatabase(folder);
    expect(await reopened.query('SELECT id, kind FROM teams')).toEqual([{ id: 'team-brand', kind: 'internal' }]);
    expect(await reopened.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    await reopened.close();
  });

  it('refuses a database migrated by a newer Mops, and applies nothing of a failing step', async () => {
    const db = await openTestDatabase();
    try {
      await db.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
      await expect(migrate(db)).rejects.toThrow(`The database is at schema version 99, newer than this Mops knows (${MIGRATIONS.length})`);
      await db.query('DELETE FROM schema_migrations WHERE version = 99');

      const next = MIGRATIONS.length + 1;
      const broken = [...MIGRATIONS, { version: next, name: 'a step with a typo', statements: ['CREATE TABLE budgets_v2 (id text PRIMARY KEY)', 'ALTER TABLE nowhere ADD COLUMN x int'] }];
      await expect(migrate(db, broken)).rejects.toThrow(`Migration ${next} (a step with a typo) failed at: ALTER TABLE nowhere ADD COLUMN x int — relation "nowhere" does not exist`);
      expect(await db.query(`SELECT to_regclass('budgets_v2') IS NULL AS absent`)).toEqual([{ absent: true }]);
    } finally {
      await db.close();
    }
  });
});
