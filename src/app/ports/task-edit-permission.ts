/**
 * Whether the person a use case acts for may change a task. Kept apart from the Tracker port on
 * purpose: each host answers it its own way (Jira's Edit Issues permission, the local host's
 * in-house/assignee rule) and trackers that only automate never need it.
 */
export interface TaskEditPermission {
  /**
   * True when the person may edit the task; false when they may not, including when they cannot see
   * it at all (a hidden task is never reported as existing).
   * @example await permission.canEditTask('10042') // true
   */
  canEditTask(taskId: string): Promise<boolean>;
}
