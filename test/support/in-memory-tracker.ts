import type { TaskState } from '../../src/app/ports/task-state';
import type { Comment, LinkKind, TaskChange, TaskContext, TaskQuery, Tracker } from '../../src/app/ports/tracker';
import { DuplicateIndex, type DuplicateCandidate } from '../../src/core/duplicates';
import type { Task } from '../../src/core/task/task';
import type { PlannedSubtask } from '../../src/core/templates';
import type { DuplicateIndexStore } from '../../src/app/ports/duplicate-store';
import type { Locks } from '../../src/app/ports/locks';
import { SubtasksPartlyCreatedError } from '../../src/app/ports/subtasks-partly-created';

/**
 * A tracker held in memory, for use-case tests: it keeps tasks, comments, links and state the way a
 * host would, counts every call, and can be told to fail a given operation once to test recovery.
 */
export class InMemoryTracker implements Tracker {
  readonly tasks = new Map<string, Task>();
  readonly states = new Map<string, TaskState>();
  readonly comments: Array<{ taskId: string; comment: Comment }> = [];
  readonly links: Array<{ fromTaskId: string; toTaskId: string; kind: LinkKind }> = [];
  readonly calls: string[] = [];
  private nextId = 1000;
  private failOnce = new Set<string>();
  /** Steps whose subtasks the tracker refuses to create, as a host does when a screen lacks a field. */
  readonly refusedSteps = new Set<string>();

  constructor(tasks: readonly Task[] = [], private readonly visibleTo?: (task: Task) => boolean) {
    for (const task of tasks) this.tasks.set(task.id, task);
  }

  failNext(operation: 'createSubtasks' | 'saveTaskState' | 'addComment' | 'updateTask'): void {
    this.failOnce.add(operation);
  }

  hostCalls(): number {
    return this.calls.length;
  }

  private call(operation: string): void {
    this.calls.push(operation);
    if (this.failOnce.delete(operation)) throw new Error(`${operation} failed (simulated outage)`);
  }

  async loadTaskContext(taskId: string): Promise<TaskContext | undefined> {
    this.call('loadTaskContext');
    const task = this.tasks.get(taskId);
    if (!task || !this.canSee(task)) return undefined;
    const subtasks = [...this.tasks.values()].filter((candidate) => candidate.parentId === taskId);
    const state = this.states.get(taskId);
    return { task, subtasks, ...(state ? { state } : {}), updatedAt: task.createdAt };
  }

  async *searchTasks(query: TaskQuery): AsyncIterable<Task[]> {
    this.call('searchTasks');
    yield [...this.tasks.values()].filter(
      (task) =>
        this.canSee(task) &&
        (!query.projectIds || query.projectIds.includes(task.projectId)) &&
        (!query.taskIds || query.taskIds.includes(task.id)) &&
        (!query.openOnly || task.statusCategory !== 'done'),
    );
  }

  async visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>> {
    this.call('visibleTaskIds');
    return new Set(taskIds.filter((id) => {
      const task = this.tasks.get(id);
      return task !== undefined && this.canSee(task);
    }));
  }

  private canSee(task: Task): boolean {
    return this.visibleTo?.(task) ?? true;
  }

  async createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>> {
    this.call('createSubtasks');
    const created: Record<string, string> = {};
    const refused = subtasks.filter((planned) => this.refusedSteps.has(planned.templateStepId));
    for (const planned of subtasks) {
      if (this.refusedSteps.has(planned.templateStepId)) continue;
      const id = String(this.nextId++);
      this.tasks.set(id, {
        id,
        key: `${parent.key.split('-')[0]}-${id}`,
        title: planned.title,
        description: '',
        projectId: parent.projectId,
        parentId: parent.id,
        type: 'subtask',
        labels: [],
        components: [],
        status: 'To Do',
        statusCategory: 'todo',
        createdAt: parent.createdAt,
        fields: {},
        ...(planned.dueDate ? { dueDate: planned.dueDate } : {}),
        ...(planned.estimateMinutes ? { estimateMinutes: planned.estimateMinutes } : {}),
      });
      created[planned.templateStepId] = id;
    }
    if (refused.length > 0) {
      throw new SubtasksPartlyCreatedError(parent.key, created, refused.map((planned) => ({ stepId: planned.templateStepId, title: planned.title, reasons: ['refused'] })));
    }
    return created;
  }

  async updateTask(taskId: string, change: TaskChange): Promise<void> {
    this.call('updateTask');
    const task = this.tasks.get(taskId);
    if (!task) throw new Error(`No task ${taskId}`);
    this.tasks.set(taskId, {
      ...task,
      labels: [...new Set([...task.labels, ...(change.addLabels ?? [])])],
      components: [...new Set([...task.components, ...(change.addComponents ?? [])])],
      fields: { ...task.fields, ...change.fields },
      ...(change.budget ? { budget: change.budget } : {}),
    });
  }

  async linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void> {
    this.call('linkTasks');
    this.links.push({ fromTaskId, toTaskId, kind });
  }

  async addComment(taskId: string, comment: Comment): Promise<void> {
    this.call('addComment');
    this.comments.push({ taskId, comment });
  }

  async saveTaskState(taskId: string, state: TaskState): Promise<void> {
    this.call('saveTaskState');
    this.states.set(taskId, state);
  }
}

/** A duplicate index store held in memory. */
export class InMemoryDuplicateStore implements DuplicateIndexStore {
  readonly index = new DuplicateIndex();
  constructor(candidates: readonly DuplicateCandidate[] = []) {
    for (const candidate of candidates) this.index.add(candidate);
  }
  async load(): Promise<DuplicateIndex> {
    return this.index;
  }
  async put(candidate: DuplicateCandidate): Promise<void> {
    this.index.add(candidate);
  }
  async remove(taskId: string): Promise<void> {
    this.index.remove(taskId);
  }
}

/** Leases held in memory; `acquire` is atomic because JavaScript runs one callback at a time. */
export class InMemoryLocks implements Locks {
  private readonly held = new Set<string>();
  async acquire(key: string): Promise<boolean> {
    if (this.held.has(key)) return false;
    this.held.add(key);
    return true;
  }
  async release(key: string): Promise<void> {
    this.held.delete(key);
  }
}
