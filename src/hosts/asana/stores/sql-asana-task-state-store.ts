import { TaskState } from '../../../app/ports/task-state';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import type { Clock } from '../../../app/ports/clock';

/**
 * AsanaTaskStateStore over `asana_task_state`: one jsonb row per (workspace, task), parsed with TaskState
 * on the way out, so a row edited into an invalid shape is a CorruptRowError naming it, never half a state.
 * @example const states = new SqlAsanaTaskStateStore(db, clock); await states.save('1200', '1209001', EMPTY_TASK_STATE)
 */
export class SqlAsanaTaskStateStore implements AsanaTaskStateStore {
  constructor(
    private readonly db: SqlClient,
    private readonly clock: Clock,
  ) {}

  async load(workspaceGid: string, taskGid: string): Promise<TaskState | undefined> {
    const rows = await this.db.query('SELECT state FROM asana_task_state WHERE workspace_gid = $1 AND task_gid = $2', [workspaceGid, taskGid]);
    const row = rows[0];
    return row === undefined ? undefined : parseStoredRow(TaskState, 'asana_task_state', `${workspaceGid}/${taskGid}`, row.state);
  }

  async save(workspaceGid: string, taskGid: string, state: TaskState): Promise<void> {
    const checked = TaskState.parse(state);
    await this.db.query(
      `INSERT INTO asana_task_state (workspace_gid, task_gid, state, updated_at) VALUES ($1, $2, $3::text::jsonb, $4::text::timestamptz)
       ON CONFLICT (workspace_gid, task_gid) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      [workspaceGid, taskGid, JSON.stringify(checked), this.clock.now().toISOString()],
    );
  }
}
