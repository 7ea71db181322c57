import type { TaskState } from '../../../app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';
import { asanaGidOf, asanaTaskId } from './asana-task-ids';

/** The Mops team id of an Asana team: teams, like tasks, share lists with other hosts. */
export const asanaTeamId = (teamGid: string): string => `asana-team:${teamGid}`;

/** Who does a project's work, as far as Asana says: the team that owns the project. */
export type TeamOfProject = (projectGid: string) => string | undefined;

function inward(task: Task): Task {
  const gid = asanaGidOf(task.id);
  if (gid === undefined) throw new Error(`Task id "${task.id}" is not an Asana task id; expected "asana:<gid>", e.g. "asana:1209876500000042"`);
  const parent = task.parentId === undefined ? undefined : asanaGidOf(task.parentId);
  const { parentId: _parentId, teamId, ...rest } = task;
  // Asana holds no team on a task: the team was the project's, added on the way out.
  return { ...rest, id: gid, ...(parent === undefined ? {} : { parentId: parent }), ...(teamId === undefined || teamId.startsWith('asana-team:') ? {} : { teamId }) };
}

function gidOrThrow(taskId: string): string {
  const gid = asanaGidOf(taskId);
  if (gid === undefined) throw new Error(`Task id "${taskId}" is not an Asana task id; expected "asana:<gid>", e.g. "asana:1209876500000042"`);
  return gid;
}

/**
 * The Asana tracker as the use cases see it next to other hosts: every task id is "asana:<gid>" going
 * out and a bare gid going in, so Asana tasks sit in the shared duplicate index without colliding with
 * local or Jira ids. Ids of other hosts are not Asana's: loading one finds nothing, searching for one
 * returns nothing. Mops' state passes through untouched (it already holds "asana:" ids). A task's team is
 * its project's Asana team ("asana-team:<gid>"), so the duplicate rules can tell one team's work from another's.
 * It also remembers, for this unit of work, the tasks it loaded and the changes it wrote, so the caller
 * can judge a task's compliance after the automation without reading it again.
 * @example const tracker = new NamespacedAsanaTracker(asanaTracker); await onTaskCreated('asana:1209876500000042', { tracker, … })
 */
export class NamespacedAsanaTracker implements Tracker {
  private readonly loaded = new Map<string, TaskContext>();
  private readonly written = new Map<string, TaskChange[]>();

  /** `teamOfProject` gives each task the team of its project, so duplicate work is told apart by team. */
  constructor(
    private readonly inner: Tracker,
    private readonly teamOfProject: TeamOfProject = () => undefined,
  ) {}

  private outward(task: Task): Task {
    const teamGid = task.teamId === undefined ? this.teamOfProject(task.projectId) : undefined;
    return {
      ...task,
      id: asanaTaskId(task.id),
      ...(task.parentId === undefined ? {} : { parentId: asanaTaskId(task.parentId) }),
      ...(teamGid === undefined ? {} : { teamId: asanaTeamId(teamGid) }),
    };
  }

  hostCalls(): number {
    return this.inner.hostCalls();
  }

  /** The context last loaded for `taskId` ("asana:<gid>") in this unit of work. */
  lastLoaded(taskId: string): TaskContext | undefined {
    return this.loaded.get(taskId);
  }

  /** The changes written to `taskId` in this unit of work, in order. */
  changesTo(taskId: string): readonly TaskChange[] {
    return this.written.get(taskId) ?? [];
  }

  async loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    const gid = asanaGidOf(taskId);
    if (gid === undefined) return undefined;
    const context = await this.inner.loadTaskContext(gid);
    if (!context) return undefined;
    const named: TaskContext = { ...context, task: this.outward(context.task), subtasks: context.subtasks.map((subtask) => this.outward(subtask)) };
    this.loaded.set(taskId, named);
    return named;
  }

  async *searchTasks(query: TaskQuery): AsyncGenerator<Task[]> {
    const taskIds = query.taskIds?.flatMap((id) => {
      const gid = asanaGidOf(id);
      return gid === undefined ? [] : [gid];
    });
    if (taskIds !== undefined && taskIds.length === 0) return;
    for await (const page of this.inner.searchTasks({ ...query, ...(taskIds ? { taskIds } : {}) })) yield page.map((task) => this.outward(task));
  }

  async visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    const gids = taskIds.flatMap((id) => {
      const gid = asanaGidOf(id);
      return gid === undefined ? [] : [gid];
    });
    if (gids.length === 0) return new Set();
    const visible = await this.inner.visibleTaskIds(gids);
    return new Set([...visible].map(asanaTaskId));
  }

  async createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    const created = await this.inner.createSubtasks(
      inward(parent),
      subtasks.map((subtask) => ({ ...subtask, parentId: asanaGidOf(subtask.parentId) ?? subtask.parentId })),
    );
    return Object.fromEntries(Object.entries(created).map(([stepId, gid]) => [stepId, asanaTaskId(gid)]));
  }

  async updateTask(taskId: string, change: TaskChange): Promise<void> {
    await this.inner.updateTask(gidOrThrow(taskId), change);
    this.written.set(taskId, [...this.changesTo(taskId), change]);
  }

  async linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    await this.inner.linkTasks(gidOrThrow(fromTaskId), asanaGidOf(toTaskId) ?? toTaskId, kind);
  }

  async addComment(taskId: string, comment: Comment): Promise<void> {
    const paragraphs = comment.paragraphs.map((parts) => parts.map((part) => ('taskId' in part ? { ...part, taskId: asanaGidOf(part.taskId) ?? part.taskId } : part)));
    await this.inner.addComment(gidOrThrow(taskId), { paragraphs });
  }

  async saveTaskState(taskId: string, state: TaskState): Promise<void> {
    await this.inner.saveTaskState(gidOrThrow(taskId), state);
  }
}
