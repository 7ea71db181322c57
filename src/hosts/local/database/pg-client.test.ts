import { describeLocalHostOverHttp } from '../../../../test/support/local-host-scenarios';
import { fixedClock } from '../../../app/ports/clock';
import { SqlLocks } from '../stores/sql-locks';
import { createTask } from '../tracker/create-task';
import { NewTask } from '../tracker/new-task';
import { migrate } from './migrate';
import { openPostgres, redactDatabaseUrl } from './pg-client';
import type { SqlClient } from './sql-client';

describe('redactDatabaseUrl', () => {
  it('keeps where the database is and drops the password and options', () => {
    expect(redactDatabaseUrl('postgres://mops:s3cret@db.internal:5432/mops?sslmode=require')).toBe('postgres://mops@db.internal:5432/mops');
    expect(redactDatabaseUrl('not a url')).toBe('(a DATABASE_URL that is not a URL)');
  });
});

/*
 * The same code path against a real PostgreSQL server, when DATABASE_URL names one (CI installs and
 * starts Debian's PostgreSQL for this). Each run works in a schema of its own and drops it at the end.
 */
const databaseUrl = process.env.DATABASE_URL?.trim();
const schemas: string[] = [];

async function openFreshSchema(): Promise<SqlClient> {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const schema = `mops_test_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
  const admin = openPostgres({ connectionString: databaseUrl, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.close();
  schemas.push(schema);
  const db = openPostgres({ connectionString: databaseUrl, schema });
  await migrate(db);
  return db;
}

afterAll(async () => {
  if (!databaseUrl || schemas.length === 0) return;
  const admin = openPostgres({ connectionString: databaseUrl, max: 1 });
  for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.close();
});

if (databaseUrl) {
  describeLocalHostOverHttp('PostgreSQL', openFreshSchema);

  describe('on PostgreSQL, with a pool of real connections', () => {
    let db: SqlClient;
    beforeAll(async () => {
      db = await openFreshSchema();
      await db.query(`INSERT INTO teams (id, name, kind) VALUES ('team-brand', 'Brand & Content', 'internal')`);
      await db.query(`INSERT INTO portfolios (id, name) VALUES ('pf', 'Brand & Demand')`);
      await db.query(`INSERT INTO projects (id, key, name, portfolio_id, team_id) VALUES ('prj-brand', 'BRD', 'Brand & Content', 'pf', 'team-brand')`);
    });
    afterAll(async () => {
      await db.close();
    });

    it('gives twenty tasks created at once twenty different keys', async () => {
      const drafts = Array.from({ length: 20 }, (_, at) => NewTask.parse({ projectId: 'prj-brand', title: `Banner variant ${at + 1}` }));
      const tasks = await Promise.all(drafts.map((draft) => createTask(db, { kind: 'app' }, draft, { now: '2026-11-23T10:00:00Z', costCategories: [] })));
      expect(new Set(tasks.map((task) => task.key)).size).toBe(20);
      expect(tasks.map((task) => Number(task.key.slice(4))).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, at) => at + 1));
    });

    it('lets exactly one of many contenders on separate connections hold a lease', async () => {
      const clock = fixedClock('2026-11-23T10:00:00Z');
      const won = await Promise.all(Array.from({ length: 10 }, () => new SqlLocks(db, clock).acquire('task-created:10042', 120)));
      expect(won.filter(Boolean)).toHaveLength(1);
    });
  });
} else {
  describe.skip('the local host on PostgreSQL (set DATABASE_URL to run)', () => {
    it('runs the HTTP story and the concurrency checks against a real server', () => undefined);
  });
}
