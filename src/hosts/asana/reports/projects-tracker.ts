import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { TaskState } from '../../../app/ports/task-state';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';

/**
 * The tracker held to some projects: every search asks only those (a search naming other projects
 * asks none of them, and a search by ids keeps only tasks in them). A viewer's report uses it so Mops
 * never asks Asana, as the viewer, for a project the viewer's own listing does not hold — such a search
 * would only be refused. Everything else passes through.
 * @example const tracker = trackerWithinProjects(viewerTracker, ['1208000000000001']); await collect(tracker.searchTasks({})) // tasks of that project only
 */
export function trackerWithinProjects(inner: Tracker, projectIds: readonly string[]): Tracker {
  return new ProjectsTracker(inner, new Set(projectIds));
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

  createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    return this.inner.createSubtasks(parent, subtasks);
  }

  updateTask(taskId: string, change: TaskChange): Promise<void> {
    return this.inner.updateTask(taskId, change);
  }

  linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    return this.inner.linkTasks(fromTaskId, toTaskId, kind);
  }

  addComment(taskId: string, comment: Comment): Promise<void> {
    return this.inner.addComment(taskId, comment);
  }

  saveTaskState(taskId: string, state: TaskState): Promise<void> {
    return this.inner.saveTaskState(taskId, state);
  }

  hostCalls(): number {
    return this.inner.hostCalls();
  }
}
