import { Task } from '../../../core/task/task';
import { parseStoredRow, withoutNulls } from '../database/stored-row';
import type { SqlClient, SqlParam, SqlRow } from '../database/sql-client';

/** The columns of `tasks` (aliased `t`) read back in the shapes both engines return alike. */
export const TASK_COLUMNS = `t.id, t.key, t.title, t.description, t.project_id, t.team_id, t.parent_id, t.type, t.labels, t.components,
  t.status, t.status_category, t.assignee_id, t.owner_id, mops_iso(t.created_at) AS created_at, mops_iso(t.updated_at) AS updated_at,
  t.start_date::text AS start_date, t.due_date::text AS due_date, t.estimate_minutes, t.remaining_minutes, t.budget, t.fields,
  t.template, t.template_step_id`;

/** A task as stored, with the host's last-updated time that the `Task` shape does not carry. */
export interface StoredTask {
  task: Task;
  updatedAt: string;
}

/**
 * The task in a row of `tasks`, checked against the Task schema.
 * @example taskFromRow(row).task.key // 'BRD-12'
 */
export function taskFromRow(row: SqlRow): StoredTask {
  const present = withoutNulls(row);
  const id = typeof row.id === 'string' ? row.id : String(row.id);
  const task = parseStoredRow(Task, 'tasks', id, {
    id: present.id,
    key: present.key,
    title: present.title,
    description: present.description,
    projectId: present.project_id,
    teamId: present.team_id,
    parentId: present.parent_id,
    type: present.type,
    labels: present.labels,
    components: present.components,
    status: present.status,
    statusCategory: present.status_category,
    assigneeId: present.assignee_id,
    ownerId: present.owner_id,
    createdAt: present.created_at,
    startDate: present.start_date,
    dueDate: present.due_date,
    estimateMinutes: present.estimate_minutes,
    remainingMinutes: present.remaining_minutes,
    budget: present.budget,
    fields: present.fields,
    template: present.template,
    templateStepId: present.template_step_id,
  });
  const updatedAt = typeof row.updated_at === 'string' ? row.updated_at : task.createdAt;
  return { task, updatedAt };
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * Inserts one task exactly as given (ids and keys already chosen), stamped as last updated at `updatedAt`.
 * @example await insertTask(tx, task, '2026-11-23T09:00:00Z')
 */
export async function insertTask(db: SqlClient, task: Task, updatedAt: string): Promise<void> {
  const params: SqlParam[] = [
    task.id,
    task.key,
    task.title,
    task.description,
    task.projectId,
    task.teamId ?? null,
    task.parentId ?? null,
    task.type,
    JSON.stringify(task.labels),
    JSON.stringify(task.components),
    task.status,
    task.statusCategory,
    task.assigneeId ?? null,
    task.ownerId ?? null,
    task.createdAt,
    updatedAt,
    task.startDate ?? null,
    task.dueDate ?? null,
    task.estimateMinutes ?? null,
    task.remainingMinutes ?? null,
    json(task.budget),
    JSON.stringify(task.fields),
    json(task.template),
    task.templateStepId ?? null,
  ];
  await db.query(
    `INSERT INTO tasks (id, key, title, description, project_id, team_id, parent_id, type, labels, components, status, status_category,
       assignee_id, owner_id, created_at, updated_at, start_date, due_date, estimate_minutes, remaining_minutes, budget, fields, template, template_step_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11, $12, $13, $14, $15::text::timestamptz, $16::text::timestamptz,
       $17::text::date, $18::text::date, $19::integer, $20::integer, $21::text::jsonb, $22::text::jsonb, $23::text::jsonb, $24)`,
    params,
  );
}
