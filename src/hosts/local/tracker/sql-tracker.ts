import { TaskNotVisibleError } from '../../../app/duplicate-actions';
import type { Clock } from '../../../app/ports/clock';
import { TaskState } from '../../../app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';
import { QueryParams } from '../database/query-params';
import type { SqlClient } from '../database/sql-client';
import { parseStoredRow } from '../database/stored-row';
import { actorId, type Principal } from './principal';
import { StoredComment } from './stored-comment';
import { reserveTaskIdentities } from './task-identities';
import { insertTask, TASK_COLUMNS, taskFromRow } from './task-rows';
import { visibleTaskCondition } from './visibility';

export interface SqlTrackerOptions {
  db: SqlClient;
  principal: Principal;
  clock: Clock;
  /** Tasks per page of `searchTasks`; each page is one host call, as in Jira. */
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 100;

/**
 * The local host's tracker: tasks, comments, links and Mops' state in SQL, acting as one principal
 * (see `visibility.ts` for who sees what). Every port method is one host call, whatever number of
 * statements it runs, so use cases hold the same call budgets here as against Jira. A task the
 * principal may not see behaves as a task that does not exist.
 * @example const tracker = new SqlTracker({ db, principal: asPerson('p-agnieszka-nowak'), clock: systemClock });
 */
export class SqlTracker implements Tracker {
  private readonly db: SqlClient;
  private readonly principal: Principal;
  private readonly clock: Clock;
  private readonly pageSize: number;
  private calls = 0;

  constructor(options: SqlTrackerOptions) {
    this.db = options.db;
    this.principal = options.principal;
    this.clock = options.clock;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  hostCalls(): number {
    return this.calls;
  }

  async loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    this.calls += 1;
    const params = new QueryParams();
    const rows = await this.db.query(
      `SELECT ${TASK_COLUMNS}, s.state FROM tasks t LEFT JOIN task_state s ON s.task_id = t.id
       WHERE t.id = ${params.add(taskId)} AND ${visibleTaskCondition(this.principal, params)}`,
      params.values,
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    const { task, updatedAt } = taskFromRow(row);
    const childParams = new QueryParams();
    const children = await this.db.query(
      `SELECT ${TASK_COLUMNS} FROM tasks t WHERE t.parent_id = ${childParams.add(taskId)} AND ${visibleTaskCondition(this.principal, childParams)}
       ORDER BY t.created_at, t.id`,
      childParams.values,
    );
    const state = row.state === null || row.state === undefined ? undefined : parseStoredRow(TaskState, 'task_state', taskId, row.state);
    return { task, subtasks: children.map((child) => taskFromRow(child).task), ...(state ? { state } : {}), updatedAt };
  }

  async *searchTasks(query: TaskQuery): AsyncIterable<Task[]> {
    let after: string | undefined;
    for (;;) {
      this.calls += 1;
      const params = new QueryParams();
      const conditions = [visibleTaskCondition(this.principal, params)];
      if (query.projectIds) conditions.push(`t.project_id = ANY(${params.add(query.projectIds)}::text[])`);
      if (query.taskIds) conditions.push(`t.id = ANY(${params.add(query.taskIds)}::text[])`);
      if (query.openOnly) conditions.push(`t.status_category <> 'done'`);
      if (query.updatedSince) conditions.push(`t.updated_at >= ${params.add(query.updatedSince)}::text::timestamptz`);
      if (after !== undefined) conditions.push(`t.id > ${params.add(after)}`);
      const rows = await this.db.query(
        `SELECT ${TASK_COLUMNS} FROM tasks t WHERE ${conditions.join(' AND ')} ORDER BY t.id LIMIT ${params.add(this.pageSize)}`,
        params.values,
      );
      const page = rows.map((row) => taskFromRow(row).task);
      if (page.length > 0) yield page;
      if (page.length < this.pageSize) return;
      after = page[page.length - 1]?.id;
    }
  }

  async visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    this.calls += 1;
    if (taskIds.length === 0) return new Set();
    const params = new QueryParams();
    const rows = await this.db.query<{ id: string }>(
      `SELECT t.id FROM tasks t WHERE t.id = ANY(${params.add(taskIds)}::text[]) AND ${visibleTaskCondition(this.principal, params)}`,
      params.values,
    );
    return new Set(rows.map((row) => row.id));
  }

  /** All planned subtasks in one transaction: every one is created, or none is. */
  async createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    this.calls += 1;
    if (subtasks.length === 0) return {};
    const createdAt = this.clock.now().toISOString();
    return this.db.transaction(async (tx) => {
      const params = new QueryParams();
      const visible = await tx.query(`SELECT t.project_id FROM tasks t WHERE t.id = ${params.add(parent.id)} AND ${visibleTaskCondition(this.principal, params)}`, params.values);
      const projectId = visible[0]?.project_id;
      if (typeof projectId !== 'string') throw new TaskNotVisibleError(parent.id);
      const identities = await reserveTaskIdentities(tx, projectId, subtasks.length);
      const created: Record<string, string> = {};
      for (const [position, planned] of subtasks.entries()) {
        const identity = identities[position];
        if (identity === undefined) throw new Error(`The database handed out ${identities.length} task ids for ${subtasks.length} subtasks`);
        const { id } = identity;
        const subtask = Task.parse({
          id,
          key: identity.key,
          title: planned.title,
          projectId,
          ...(parent.teamId ? { teamId: parent.teamId } : {}),
          parentId: parent.id,
          type: 'subtask',
          status: 'To Do',
          statusCategory: 'todo',
          createdAt,
          ...(planned.dueDate ? { dueDate: planned.dueDate } : {}),
          ...(planned.estimateMinutes !== undefined ? { estimateMinutes: planned.estimateMinutes } : {}),
          templateStepId: planned.templateStepId,
        });
        await insertTask(tx, subtask, createdAt);
        created[planned.templateStepId] = id;
      }
      return created;
    });
  }

  async updateTask(taskId: string, change: TaskChange): Promise<void> {
    this.calls += 1;
    await this.db.transaction(async (tx) => {
      const params = new QueryParams();
      const rows = await tx.query(
        `SELECT ${TASK_COLUMNS} FROM tasks t WHERE t.id = ${params.add(taskId)} AND ${visibleTaskCondition(this.principal, params)} FOR UPDATE OF t`,
        params.values,
      );
      const row = rows[0];
      if (row === undefined) throw new TaskNotVisibleError(taskId);
      const { task } = taskFromRow(row);
      const changed = Task.parse({
        ...task,
        labels: [...new Set([...task.labels, ...(change.addLabels ?? [])])],
        components: [...new Set([...task.components, ...(change.addComponents ?? [])])],
        fields: { ...task.fields, ...change.fields },
        ...(change.budget ? { budget: change.budget } : {}),
      });
      await tx.query(
        `UPDATE tasks SET labels = $2::text::jsonb, components = $3::text::jsonb, fields = $4::text::jsonb, budget = $5::text::jsonb,
           updated_at = $6::text::timestamptz WHERE id = $1`,
        [
          taskId,
          JSON.stringify(changed.labels),
          JSON.stringify(changed.components),
          JSON.stringify(changed.fields),
          changed.budget === undefined ? null : JSON.stringify(changed.budget),
          this.clock.now().toISOString(),
        ],
      );
    });
  }

  /** Links once: linking the same pair the same way again changes nothing. */
  async linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    this.calls += 1;
    const params = new QueryParams();
    const ids = params.add([fromTaskId, toTaskId]);
    const visible = new Set(
      (await this.db.query<{ id: string }>(`SELECT t.id FROM tasks t WHERE t.id = ANY(${ids}::text[]) AND ${visibleTaskCondition(this.principal, params)}`, params.values)).map(
        (row) => row.id,
      ),
    );
    for (const id of [fromTaskId, toTaskId]) if (!visible.has(id)) throw new TaskNotVisibleError(id);
    await this.db.query(
      `INSERT INTO links (from_task_id, to_task_id, kind, created_by, created_at) VALUES ($1, $2, $3, $4, $5::text::timestamptz)
       ON CONFLICT (from_task_id, to_task_id, kind) DO NOTHING`,
      [fromTaskId, toTaskId, kind, actorId(this.principal), this.clock.now().toISOString()],
    );
  }

  async addComment(taskId: string, comment: Comment): Promise<void> {
    this.calls += 1;
    const body = StoredComment.parse(comment);
    const params = new QueryParams();
    const inserted = await this.db.query(
      `INSERT INTO comments (task_id, author_id, body, created_at)
       SELECT t.id, ${params.add(actorId(this.principal))}, ${params.add(JSON.stringify(body))}::text::jsonb, ${params.add(this.clock.now().toISOString())}::text::timestamptz
       FROM tasks t WHERE t.id = ${params.add(taskId)} AND ${visibleTaskCondition(this.principal, params)}
       RETURNING id`,
      params.values,
    );
    if (inserted.length === 0) throw new TaskNotVisibleError(taskId);
  }

  async saveTaskState(taskId: string, state: TaskState): Promise<void> {
    this.calls += 1;
    const checked = TaskState.parse(state);
    const params = new QueryParams();
    const saved = await this.db.query(
      `INSERT INTO task_state (task_id, state, updated_at)
       SELECT t.id, ${params.add(JSON.stringify(checked))}::text::jsonb, ${params.add(this.clock.now().toISOString())}::text::timestamptz
       FROM tasks t WHERE t.id = ${params.add(taskId)} AND ${visibleTaskCondition(this.principal, params)}
       ON CONFLICT (task_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
       RETURNING task_id`,
      params.values,
    );
    if (saved.length === 0) throw new TaskNotVisibleError(taskId);
  }
}
