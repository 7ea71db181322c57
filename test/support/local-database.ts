import { migrate } from '../../src/hosts/local/database/migrate';
import { openPglite } from '../../src/hosts/local/database/pglite-client';
import type { SqlClient } from '../../src/hosts/local/database/sql-client';
import { insertOrganisationRows, renumberProjects } from '../../src/hosts/local/organisation/organisation-rows';
import { saveSettings } from '../../src/hosts/local/organisation/settings-rows';
import { insertTask } from '../../src/hosts/local/tracker/task-rows';
import { pgliteEngine } from './pglite-engine';
import { DEMO_PORTFOLIOS, DEMO_PROJECTS } from '../../src/demo/campaigns';
import { DEMO_PEOPLE, DEMO_TEAMS } from '../../src/demo/people';
import { demoSettings } from '../../src/demo/settings';
import type { Task } from '../../src/core/task/task';

/** A migrated PGlite database, in memory unless given a folder: one per test file, emptied between tests with `emptyDatabase`. */
export async function openTestDatabase(dataDir?: string): Promise<SqlClient> {
  const db = await openPglite(dataDir, await pgliteEngine());
  await migrate(db);
  return db;
}

/**
 * One migrated in-memory database for the tests of a file, opened before them and closed after; read
 * it through the returned getter inside tests and hooks.
 */
export function databaseForThisFile(): () => SqlClient {
  let db: SqlClient | undefined;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('The test database is open only inside tests and their hooks');
    return db;
  };
}

/** Every table emptied and every counter back at its start, so each test begins from nothing. */
export async function emptyDatabase(db: SqlClient): Promise<void> {
  await db.query(`TRUNCATE organisation, teams, people, portfolios, projects, tasks, task_state, comments, links, settings, duplicate_candidates, leases
    RESTART IDENTITY CASCADE`);
  await db.query('ALTER SEQUENCE task_number RESTART WITH 10001');
  await db.query('ALTER SEQUENCE duplicate_revision RESTART WITH 1');
}

/**
 * The demo organisation's teams, people, portfolios, projects and settings, with only the tasks a test
 * names: Brand (BRD) and Growth (GRW) belong to their teams, Atlas 3 Launch (ATL) to nobody, Events
 * (EVT, PRT) to the Berlin/Moscow team; Studio Wrzos and Brightwave Media are the agencies.
 */
export async function loadSmallOrganisation(db: SqlClient, tasks: readonly Task[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO organisation (id, name, created_at) VALUES (1, 'Test organisation', '2026-11-20T09:00:00Z')`);
    await insertOrganisationRows(tx, { teams: DEMO_TEAMS, people: DEMO_PEOPLE, portfolios: DEMO_PORTFOLIOS, projects: DEMO_PROJECTS });
    for (const task of tasks) await insertTask(tx, task, task.createdAt);
    await renumberProjects(tx);
    await saveSettings(tx, demoSettings(), { savedBy: null, at: '2026-11-20T09:00:00Z' });
  });
}
