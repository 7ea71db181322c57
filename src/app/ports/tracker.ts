import type { BudgetLine } from '../../core/budget/budget-line';
import type { Instant } from '../../core/dates/local-date';
import type { Task } from '../../core/task/task';
import type { PlannedSubtask } from '../../core/templates';
import type { LinkKind } from './link-kind';
import type { TaskState } from './task-state';

/** A task with what a use case needs around it, fetched together (one call in Jira). */
export interface TaskContext {
  task: Task;
  /** The task's subtasks, each with `templateStepId` filled from the task's state where Mops made it. */
  subtasks: Task[];
  /** Absent until Mops first processes the task. */
  state?: TaskState;
  /** The host's last-updated time, for ignoring events that arrive out of order. */
  updatedAt: Instant;
}

export interface TaskQuery {
  projectIds?: readonly string[];
  taskIds?: readonly string[];
  /** Leave out tasks in the done category. */
  openOnly?: boolean;
  updatedSince?: Instant;
}

/** Changes a template's field defaults make; absent parts are left alone. */
export interface TaskChange {
  addLabels?: readonly string[];
  addComponents?: readonly string[];
  fields?: Readonly<Record<string, string>>;
  budget?: BudgetLine;
}

/** A comment as Mops composes it: paragraphs of text with links to tasks; hosts render it natively. */
export type CommentPart = { text: string } | { taskId: string; label: string };
export interface Comment {
  paragraphs: ReadonlyArray<ReadonlyArray<CommentPart>>;
}

export { LinkKind } from './link-kind';

/**
 * The tracker as the use cases see it. One adapter per host (Jira, Asana, local); each acts as a given
 * principal: a person (everything a person sees) or the app (automation).
 */
export interface Tracker {
  loadTaskContext(taskId: string): Promise<TaskContext | undefined>;
  /** Every matching task, a page at a time. */
  searchTasks(query: TaskQuery): AsyncIterable<Task[]>;
  /** Of these tasks, the ones the acting principal may see. */
  visibleTaskIds(taskIds: readonly string[]): Promise<Set<string>>;
  /** Creates the planned subtasks in as few calls as the host allows; returns step id → new task id. */
  createSubtasks(parent: Task, subtasks: readonly PlannedSubtask[]): Promise<Record<string, string>>;
  updateTask(taskId: string, change: TaskChange): Promise<void>;
  linkTasks(fromTaskId: string, toTaskId: string, kind: LinkKind): Promise<void>;
  addComment(taskId: string, comment: Comment): Promise<void>;
  saveTaskState(taskId: string, state: TaskState): Promise<void>;
  /** Host calls made so far through this adapter, so use cases and tests can hold call budgets. */
  hostCalls(): number;
}
