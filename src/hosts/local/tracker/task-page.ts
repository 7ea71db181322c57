import { z } from 'zod';
import type { Task } from '../../../core/task/task';
import { LinkKind } from '../../../app/ports/link-kind';
import { QueryParams } from '../database/query-params';
import type { SqlClient } from '../database/sql-client';
import { parseStoredRow } from '../database/stored-row';
import type { Principal } from './principal';
import type { SqlTracker } from './sql-tracker';
import { StoredComment } from './stored-comment';
import { visibleTaskCondition } from './visibility';

export interface TaskComment extends StoredComment {
  id: number;
  /** Null when Mops wrote it. */
  authorId: string | null;
  createdAt: string;
}

export interface TaskLink {
  kind: LinkKind;
  /** 'outward': this task links to the other; 'inward': the other links to this one. */
  direction: 'outward' | 'inward';
  taskId: string;
  key: string;
  title: string;
}

/** A task as its page in the tracker frame shows it: the task, its subtasks, comments and links. */
export interface TaskPage {
  task: Task;
  updatedAt: string;
  subtasks: Task[];
  comments: TaskComment[];
  links: TaskLink[];
}

const CommentRow = z.object({ id: z.number().int(), author_id: z.string().nullable(), created_at: z.string(), body: z.unknown() });
const LinkRow = z.object({ kind: LinkKind, direction: z.enum(['outward', 'inward']), task_id: z.string(), key: z.string(), title: z.string() });

/**
 * The page of one task as `principal` sees it, or undefined when they may not see the task. Links to
 * tasks they may not see are left out, as Jira leaves them out.
 * @example (await loadTaskPage(db, tracker, viewer, 'dup-photographer-brd'))?.comments.length // 1
 */
export async function loadTaskPage(db: SqlClient, tracker: SqlTracker, principal: Principal, taskId: string): Promise<TaskPage | undefined> {
  const context = await tracker.loadTaskContext(taskId);
  if (!context) return undefined;
  const comments = (await db.query('SELECT id, author_id, mops_iso(created_at) AS created_at, body FROM comments WHERE task_id = $1 ORDER BY id', [taskId])).map((raw) => {
    const row = parseStoredRow(CommentRow, 'comments', String(raw.id), raw);
    return { id: row.id, authorId: row.author_id, createdAt: row.created_at, ...parseStoredRow(StoredComment, 'comments', String(row.id), row.body) };
  });
  const params = new QueryParams();
  const self = params.add(taskId);
  const rows = await db.query(
    `SELECT l.kind, 'outward' AS direction, t.id AS task_id, t.key, t.title FROM links l JOIN tasks t ON t.id = l.to_task_id
       WHERE l.from_task_id = ${self} AND ${visibleTaskCondition(principal, params)}
     UNION ALL
     SELECT l.kind, 'inward' AS direction, t.id AS task_id, t.key, t.title FROM links l JOIN tasks t ON t.id = l.from_task_id
       WHERE l.to_task_id = ${self} AND ${visibleTaskCondition(principal, params)}
     ORDER BY key`,
    params.values,
  );
  const links = rows.map((raw) => {
    const row = parseStoredRow(LinkRow, 'links', `${taskId}→${String(raw.task_id)}`, raw);
    return { kind: row.kind, direction: row.direction, taskId: row.task_id, key: row.key, title: row.title };
  });
  return { task: context.task, updatedAt: context.updatedAt, subtasks: context.subtasks, comments, links };
}
