import type { TaskState } from '../../../app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../../app/ports/tracker';
import type { Task } from '../../../core/task/task';
import type { PlannedSubtask } from '../../../core/templates';
import { asanaGidOf, asanaTaskId } from './asana-task-ids';
import { type AsanaUserLinks, NO_ASANA_USER_LINKS } from './asana-user-links';

/** The Mops team id of an Asana team: teams, like tasks, share lists with other hosts. */
export const asanaTeamId = (teamGid: string): string => `asana-team:${teamGid}`;

/** Who does a project's work, as far as Asana says: the team that owns the project. */
export type TeamOfProject = (projectGid: string) => string | undefined;

/** What the namespaced tracker knows beyond Asana's task: teams of projects, the people Asana users are, the names it read. */
export interface AsanaNamespace {
  /** Gives each task the team of its project, so duplicate work is told apart by team. */
  teamOfProject?: TeamOfProject;
  /** Asana users linked to Mops people: their tasks carry the person's id, so capacity, budget and duplicates see one person. */
  people?: AsanaUserLinks;
  /** Asana users (gid → name) named on the tasks read so far, e.g. AsanaTracker.usersSeen. */
  usersSeen?: () => ReadonlyMap<string, string>;
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
 * An assignee or creator (the owner Asana calls created_by) linked to a Mops person (Person.accounts.asana) is that person's id, here and
 * nowhere else, so capacity, budget and duplicates all see the same person; other Asana users keep their gid.
 * It also remembers, for this unit of work, the tasks it loaded and the changes it wrote, so the caller
 * can judge a task's compliance after the automation without reading it again.
 * @example const tracker = new NamespacedAsanaTracker(asanaTracker, { teamOfProject, people: asanaUserLinks(people) }); await onTaskCreated('asana:1209876500000042', { tracker, … })
 */
export class NamespacedAsanaTracker implements Tracker {
  private readonly loaded = new Map<string, TaskContext>();
  private readonly written = new Map<string, TaskChange[]>();
  private readonly people: AsanaUserLinks;

  constructor(
    private readonly inner: Tracker,
    private readonly namespace: AsanaNamespace = {},
  ) {
    this.people = namespace.people ?? NO_ASANA_USER_LINKS;
  }

  /** The one place an Asana user becomes a Mops person: a linked user's gid is replaced by the person's id; others keep their gid. */
  private outward(task: Task): Task {
    const teamGid = task.teamId === undefined ? this.namespace.teamOfProject?.(task.projectId) : undefined;
    const assigneeId = task.assigneeId === undefined ? undefined : (this.people.personOf(task.assigneeId) ?? task.assigneeId);
    const ownerId = task.ownerId === undefined ? undefined : (this.people.personOf(task.ownerId) ?? task.ownerId);
    return {
      ...task,
      id: asanaTaskId(task.id),
      ...(task.parentId === undefined ? {} : { parentId: asanaTaskId(task.parentId) }),
      ...(teamGid === undefined ? {} : { teamId: asanaTeamId(teamGid) }),
      ...(assigneeId === undefined ? {} : { assigneeId }),
      ...(ownerId === undefined ? {} : { ownerId }),
    };
  }

  private inward(task: Task): Task {
    const gid = asanaGidOf(task.id);
    if (gid === undefined) throw new Error(`Task id "${task.id}" is not an Asana task id; expected "asana:<gid>", e.g. "asana:1209876500000042"`);
    const parent = task.parentId === undefined ? undefined : asanaGidOf(task.parentId);
    const { parentId: _parentId, teamId, assigneeId, ownerId, ...rest } = task;
    const assignee = assigneeId === undefined ? undefined : (this.people.userOf(assigneeId) ?? assigneeId);
    const owner = ownerId === undefined ? undefined : (this.people.userOf(ownerId) ?? ownerId);
    return {
      ...rest,
      id: gid,
      ...(parent === undefined ? {} : { parentId: parent }),
      // Asana holds no team on a task: the team was the project's, added on the way out.
      ...(teamId === undefined || teamId.startsWith('asana-team:') ? {} : { teamId }),
      ...(assignee === undefined ? {} : { assigneeId: assignee }),
      ...(owner === undefined ? {} : { ownerId: owner }),
    };
  }

  /**
   * The Asana users named on the tasks read so far whom no Mops person is linked to, by gid (the id
   * their tasks carry): the names a report shows for them.
   */
  unlinkedUsers(): Array<{ id: string; name: string }> {
    return [...(this.namespace.usersSeen?.() ?? new Map<string, string>())].filter(([gid]) => this.people.personOf(gid) === undefined).map(([id, name]) => ({ id, name }));
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
      this.inward(parent),
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
