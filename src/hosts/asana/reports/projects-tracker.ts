import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { TaskState } from '../../../app/ports/task-state';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';

/**
 * The tracker held to some projects: every search asks only those (a search naming other projects
 * asks none of them, and a search by ids keeps only tasks in them). A viewer's report uses it so Mops
 * never asks Asana, as the viewer, for a project the viewer's own listing does not hold — such a search
 * would only be refused. Reads pass through; every write is refused (ReadOnlyTrackerError) without reaching Asana.
 * @example const tracker = trackerWithinProjects(viewerTracker, ['1208000000000001']); await collect(tracker.searchTasks({})) // tasks of that project only
 */
export function trackerWithinProjects(inner: Tracker, projectIds: readonly string[]): Tracker {
  return new ProjectsTracker(inner, new Set(projectIds));
}

/** A write asked of a report's tracker: the report pages only read. */
export class ReadOnlyTrackerError extends Error {
  override name = 'ReadOnlyTrackerError';
}

function readOnly(operation: string, taskId?: string): Promise<never> {
  return Promise.reject(new ReadOnlyTrackerError(`${operation}${taskId === undefined ? '' : ` (task ${taskId})`}: a report's tracker only reads Asana as the viewer; writes belong to the automation, which acts as the workspace's connection`));
}

class ProjectsTracker implements Tracker {
  constructor(
    private readonly inner: Tracker,
    private readonly allowed: ReadonlySet<string>,
  ) {}

  searchTasks(query: TaskQuery): AsyncIterable<Task[]> {
    const projectIds = query.projectIds ? query.projectIds.filter((id) => this.allowed.has(id)) : [...this.allowed];
    return this.inner.searchTasks({ ...query, projectIds });
  }

  loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    return this.inner.loadTaskContext(taskId);
  }

  visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    return this.inner.visibleTaskIds(taskIds);
  }

  // A viewer's report only reads: writing as the viewer from a page load would be a surprise to them.
  createSubtasks(_parent: Task, _subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    return readOnly('createSubtasks');
  }

  updateTask(taskId: string, _change: TaskChange): Promise<void> {
    return readOnly('updateTask', taskId);
  }

  linkTasks(fromTaskId: string, _toTaskId: string, _kind: LinkKind): Promise<void> {
    return readOnly('linkTasks', fromTaskId);
  }

  addComment(taskId: string, _comment: Comment): Promise<void> {
    return readOnly('addComment', taskId);
  }

  saveTaskState(taskId: string, _state: TaskState): Promise<void> {
    return readOnly('saveTaskState', taskId);
  }

  hostCalls(): number {
    return this.inner.hostCalls();
  }
}
