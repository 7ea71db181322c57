import type { SqlClient } from '../database/sql-client';

export interface TaskIdentity {
  id: string;
  key: string;
}

/**
 * Ids and keys for `count` new tasks of a project: ids from one database sequence ('10001', …), keys
 * numbered on from the project's highest ('BRD-119', 'BRD-120'). Reserving locks the project's row
 * until the transaction ends, so two creations never hand out the same key. Call inside a transaction.
 * @example await reserveTaskIdentities(tx, 'prj-brand', 2) // [{ id: '10001', key: 'BRD-119' }, { id: '10002', key: 'BRD-120' }]
 */
export async function reserveTaskIdentities(tx: SqlClient, projectId: string, count: number): Promise<TaskIdentity[]> {
  const reserved = await tx.query<{ key: string; first: number }>(
    'UPDATE projects SET next_task_number = next_task_number + $2::integer WHERE id = $1 RETURNING key, next_task_number - $2::integer AS first',
    [projectId, count],
  );
  const project = reserved[0];
  if (project === undefined) throw new Error(`Project ${projectId} is not in the projects table`);
  const ids = await tx.query<{ id: string }>(`SELECT nextval('task_number')::text AS id FROM generate_series(1, $1::integer)`, [count]);
  return ids.map((row, position) => ({ id: row.id, key: `${project.key}-${project.first + position}` }));
}
