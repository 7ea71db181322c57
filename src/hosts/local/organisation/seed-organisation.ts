import { duplicateCandidateOf, findDuplicateWork } from '../../../app/duplicate-findings';
import { EMPTY_TASK_STATE, type TaskState } from '../../../app/ports/task-state';
import { DuplicateIndex } from '../../../core/duplicates';
import type { OrganisationSnapshot } from '../../../core/org/snapshot';
import type { SqlClient } from '../database/sql-client';
import { SqlDuplicateIndexStore } from '../stores/sql-duplicate-index-store';
import { insertTask } from '../tracker/task-rows';
import { insertOrganisationRows, renumberProjects } from './organisation-rows';
import { saveSettings } from './settings-rows';

/** Two servers starting at once on one empty PostgreSQL: the second waits, then finds the data there. */
const SEED_LOCK = 7_316_003;

export type SeedOutcome =
  | { seeded: true; tasks: number; tasksWithDuplicates: number }
  | { seeded: false; reason: string };

/**
 * Loads a whole organisation into an empty database in one transaction: teams, people, portfolios,
 * projects, tasks, settings, the duplicate index of every task, and for each task the duplicates Mops
 * would have found when it was created (as if Mops had been installed while the work was planned). A database
 * that already holds an organisation or any task is left alone: seeding never writes over data.
 * @example await seedOrganisation(db, generateDemoOrganisation(1), { source: 'demo seed 1', at: '2026-11-23T09:00:00Z' }) // { seeded: true, tasks: 39x, … }
 */
export async function seedOrganisation(db: SqlClient, organisation: OrganisationSnapshot, options: { source: string; at: string }): Promise<SeedOutcome> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await tx.query<{ organisation: boolean; tasks: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM organisation) AS organisation, EXISTS (SELECT 1 FROM tasks) AS tasks',
    );
    if (existing[0]?.organisation) return { seeded: false, reason: 'the database already holds an organisation' };
    if (existing[0]?.tasks) return { seeded: false, reason: 'the database already holds tasks' };

    await tx.query('INSERT INTO organisation (id, name, seeded_from, created_at) VALUES (1, $1, $2, $3::text::timestamptz)', [organisation.name, options.source, options.at]);
    await insertOrganisationRows(tx, organisation);
    for (const task of organisation.tasks) await insertTask(tx, task, task.createdAt);
    await renumberProjects(tx);
    await saveSettings(tx, organisation.settings, { savedBy: null, at: options.at });

    const candidates = organisation.tasks.map((task) => duplicateCandidateOf(task));
    await new SqlDuplicateIndexStore(tx).putMany(candidates);
    // In the order the work was created, each task against what existed before it: what Mops would
    // have found had it run on every creation. The threshold is calibrated once, on all the work, rather
    // than again at every 5 % of growth, which would cost seconds at every start of a fresh database.
    const everything = new DuplicateIndex();
    for (const candidate of candidates) everything.add(candidate);
    const { sameProject, sameTeam, closedWithinDays } = organisation.settings.duplicateDetection;
    const { standOut } = everything.flagCalibration({ sameProject, sameTeam, closedWithinDays });
    const index = new DuplicateIndex();
    const byCreation = [...organisation.tasks].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
    let tasksWithDuplicates = 0;
    for (const task of byCreation) {
      const duplicates = findDuplicateWork(index, task, organisation.settings.duplicateDetection, new Date(task.createdAt), [], standOut);
      index.add(duplicateCandidateOf(task));
      if (duplicates.length === 0) continue;
      const state: TaskState = { ...EMPTY_TASK_STATE, duplicates };
      await tx.query('INSERT INTO task_state (task_id, state, updated_at) VALUES ($1, $2::text::jsonb, $3::text::timestamptz)', [task.id, JSON.stringify(state), options.at]);
      tasksWithDuplicates += 1;
    }
    return { seeded: true, tasks: organisation.tasks.length, tasksWithDuplicates };
  });
}
