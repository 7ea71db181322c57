import { Task } from '../../../core/task/task';
import type { CostCategory } from '../../../core/budget/categories';
import { QueryParams } from '../database/query-params';
import type { SqlClient } from '../database/sql-client';
import type { NewTask } from './new-task';
import type { Principal } from './principal';
import { reserveTaskIdentities } from './task-identities';
import { insertTask } from './task-rows';
import { visibleProjectIdsSql, visibleTaskCondition } from './visibility';

/** A new task whose references do not hold; every problem names the field, the value and what would do. */
export class TaskNotCreatedError extends Error {
  override name = 'TaskNotCreatedError';
  constructor(readonly problems: readonly string[]) {
    super(`Task not created: ${problems.join('; ')}`);
  }
}

function sample(values: readonly string[]): string {
  if (values.length === 0) return '(none)';
  return values.length > 6 ? `${values.slice(0, 6).join(', ')}, … (${values.length} in all)` : values.join(', ');
}

async function referenceProblems(db: SqlClient, principal: Principal, draft: NewTask, categories: readonly CostCategory[]): Promise<string[]> {
  const problems: string[] = [];
  const projectParams = new QueryParams();
  const visible = visibleProjectIdsSql(principal, projectParams);
  const projects = await db.query<{ id: string; key: string }>(`SELECT id, key FROM projects ${visible ? `WHERE id IN (${visible})` : ''} ORDER BY key`, projectParams.values);
  if (!projects.some((project) => project.id === draft.projectId)) {
    problems.push(`projectId: "${draft.projectId}" is not a project you can create tasks in; yours: ${sample(projects.map((project) => `${project.id} (${project.key})`))}`);
  }
  if (draft.teamId !== undefined) {
    const teams = (await db.query<{ id: string }>('SELECT id FROM teams ORDER BY id')).map((row) => row.id);
    if (!teams.includes(draft.teamId)) problems.push(`teamId: team "${draft.teamId}" does not exist; known teams: ${sample(teams)}`);
  }
  for (const field of ['assigneeId', 'ownerId'] as const) {
    const personId = draft[field];
    if (personId === undefined) continue;
    const found = await db.query('SELECT 1 FROM people WHERE id = $1', [personId]);
    if (found.length === 0) {
      const known = (await db.query<{ id: string }>('SELECT id FROM people ORDER BY id LIMIT 7')).map((row) => row.id);
      problems.push(`${field}: person "${personId}" does not exist; people are named by id, e.g. ${sample(known)}`);
    }
  }
  if (draft.parentId !== undefined) {
    const params = new QueryParams();
    const parent = await db.query<{ project_id: string; key: string }>(
      `SELECT t.project_id, t.key FROM tasks t WHERE t.id = ${params.add(draft.parentId)} AND ${visibleTaskCondition(principal, params)}`,
      params.values,
    );
    const found = parent[0];
    if (found === undefined) problems.push(`parentId: task "${draft.parentId}" does not exist or you may not see it`);
    else if (found.project_id !== draft.projectId) problems.push(`parentId: task ${found.key} is in project ${found.project_id}, not ${draft.projectId}; a task's parent must be in the same project`);
  }
  if (draft.budget !== undefined && !categories.some((category) => category.id === draft.budget?.category)) {
    problems.push(`budget.category: "${draft.budget.category}" is not a cost category in settings; expected one of: ${categories.map((category) => category.id).join(', ')}`);
  }
  return problems;
}

/**
 * Creates a task the way a person does in the tracker: in a project they can see, numbered on from the
 * project's last key, status "To Do". References are checked first and all problems reported at once.
 * @example await createTask(db, asPerson('p-agnieszka-nowak'), NewTask.parse({ projectId: 'prj-brand', title: 'Book photographer' }), { now: '2026-11-23T10:00:00Z', costCategories }) // { key: 'BRD-119', … }
 */
export async function createTask(
  db: SqlClient,
  principal: Principal,
  draft: NewTask,
  options: { now: string; costCategories: readonly CostCategory[] },
): Promise<Task> {
  const problems = await referenceProblems(db, principal, draft, options.costCategories);
  if (problems.length > 0) throw new TaskNotCreatedError(problems);
  return db.transaction(async (tx) => {
    const [identity] = await reserveTaskIdentities(tx, draft.projectId, 1);
    if (identity === undefined) throw new Error(`No task id was reserved in project ${draft.projectId}`);
    const task = Task.parse({ ...draft, ...identity, status: 'To Do', statusCategory: 'todo', createdAt: options.now });
    await insertTask(tx, task, options.now);
    return task;
  });
}
