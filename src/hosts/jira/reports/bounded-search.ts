import type { TaskQuery, Tracker } from '../../../app/ports/tracker';

/** Every task ever updated: a restriction Jira's enhanced search accepts that leaves nothing out. */
export const SINCE_THE_BEGINNING = '1970-01-01T00:00:00Z';

/**
 * The tracker with one difference: a search that names no projects, tasks or time (the capacity view
 * asks for "every open task") gets `updated >= 1970`, because Jira's `/search/jql` refuses unbounded
 * JQL. Everything else passes straight through, calls included.
 * @example collect(withBoundedSearch(tracker).searchTasks({ openOnly: true })) // JQL: updated >= "1969-12-31 12:00" AND statusCategory != Done
 */
export function withBoundedSearch(tracker: Tracker): Tracker {
  const bounded = (query: TaskQuery): TaskQuery =>
    query.projectIds !== undefined || query.taskIds !== undefined || query.updatedSince !== undefined ? query : { ...query, updatedSince: SINCE_THE_BEGINNING };
  return {
    loadTaskContext: (taskId) => tracker.loadTaskContext(taskId),
    searchTasks: (query) => tracker.searchTasks(bounded(query)),
    visibleTaskIds: (taskIds) => tracker.visibleTaskIds(taskIds),
    createSubtasks: (parent, subtasks) => tracker.createSubtasks(parent, subtasks),
    updateTask: (taskId, change) => tracker.updateTask(taskId, change),
    linkTasks: (fromTaskId, toTaskId, kind) => tracker.linkTasks(fromTaskId, toTaskId, kind),
    addComment: (taskId, comment) => tracker.addComment(taskId, comment),
    saveTaskState: (taskId, state) => tracker.saveTaskState(taskId, state),
    hostCalls: () => tracker.hostCalls(),
  };
}
