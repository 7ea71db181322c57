import type { TaskEditPermission } from '../../../app/ports/task-edit-permission';
import { QueryParams } from '../database/query-params';
import type { SqlClient } from '../database/sql-client';
import type { Principal } from './principal';
import { visibleTaskCondition } from './visibility';

/*
 * Who may edit a task in the local host (see README, "Who sees what"): someone who can see it and
 * either works for an in-house team or is the task's assignee or owner. An agency's people see the
 * projects they work in, but change only their own tasks there. Mops itself may edit every task.
 */

/**
 * The local host's answer to "may this principal edit the task?", in one query.
 * @example await sqlEditPermission(db, asPerson('p-jakub-mazur')).canEditTask('dup-stock-photo-grw') // false: an agency, not his task
 */
export function sqlEditPermission(db: SqlClient, principal: Principal): TaskEditPermission {
  return {
    async canEditTask(taskId) {
      const params = new QueryParams();
      const task = params.add(taskId);
      const visible = visibleTaskCondition(principal, params);
      const rows =
        principal.kind === 'app'
          ? await db.query(`SELECT 1 FROM tasks t WHERE t.id = ${task}`, params.values)
          : await db.query(
              `SELECT 1 FROM tasks t
                 JOIN people me ON me.id = ${params.add(principal.personId)}
                 JOIN teams my_team ON my_team.id = me.team_id
               WHERE t.id = ${task} AND ${visible}
                 AND (my_team.kind = 'internal' OR t.assignee_id = me.id OR t.owner_id = me.id)`,
              params.values,
            );
      return rows.length > 0;
    },
  };
}
