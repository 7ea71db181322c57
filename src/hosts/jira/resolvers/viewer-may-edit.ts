import { route } from '@forge/api';
import { z } from 'zod';
import type { TaskEditPermission } from '../../../app/ports/task-edit-permission';
import { JiraNotFoundError } from '../rest/jira-errors';
import type { JiraHttp } from '../rest/jira-http';

/** `GET /rest/api/3/mypermissions?issueId=…`, as far as Mops reads it. */
const IssuePermissions = z.object({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })).default({}),
});

/**
 * The task-edit permission as Jira decides it: the person's Edit Issues permission on that issue,
 * through the project's permission scheme and issue security. `http` must act as the user. One Jira
 * call per question; Jira answers 404 for an issue the person may not browse, which is a plain no.
 * @example await jiraEditPermission(mops.userHttp()).canEditTask('10042') // true
 */
export function jiraEditPermission(http: JiraHttp): TaskEditPermission {
  return {
    async canEditTask(taskId) {
      try {
        const answer = await http.request({
          method: 'GET',
          route: route`/rest/api/3/mypermissions?issueId=${taskId}&permissions=EDIT_ISSUES`,
          subject: `your permission to edit issue ${taskId}`,
          schema: IssuePermissions,
        });
        return answer.permissions.EDIT_ISSUES?.havePermission === true;
      } catch (error) {
        if (error instanceof JiraNotFoundError) return false;
        throw error;
      }
    },
  };
}
