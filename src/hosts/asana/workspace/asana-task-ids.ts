/**
 * Asana tasks share the duplicate index (and every other cross-host list) with local and Jira tasks, so
 * their ids carry a prefix: a gid such as "1209876500000042" could otherwise meet a local or Jira id of
 * the same digits. Inside the Asana adapter a task is its bare gid; everywhere else it is "asana:<gid>".
 */
export const ASANA_TASK_PREFIX = 'asana:';

/**
 * The Mops task id of an Asana task.
 * @example asanaTaskId('1209876500000042') // 'asana:1209876500000042'
 */
export function asanaTaskId(gid: string): string {
  return `${ASANA_TASK_PREFIX}${gid}`;
}

/**
 * The Asana gid inside a Mops task id; undefined for a task of another host.
 * @example asanaGidOf('asana:1209876500000042') // '1209876500000042'
 * @example asanaGidOf('T-10042') // undefined
 */
export function asanaGidOf(taskId: string): string | undefined {
  if (!taskId.startsWith(ASANA_TASK_PREFIX)) return undefined;
  const gid = taskId.slice(ASANA_TASK_PREFIX.length);
  return /^\d{1,64}$/.test(gid) ? gid : undefined;
}
