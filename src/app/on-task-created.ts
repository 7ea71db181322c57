import { isDeepStrictEqual } from 'node:util';
import type { Person } from '../core/capacity/calendar';
import type { Settings } from '../core/settings/settings';
import type { Task } from '../core/task/task';
import { planTemplate, type PlannedSubtask } from '../core/templates';
import { SubtasksPartlyCreatedError } from './ports/subtasks-partly-created';
import { adoptStepSubtasks } from './adopt-step-subtasks';
import { duplicateCandidateOf, findDuplicateWork } from './duplicate-findings';
import type { Clock } from './ports/clock';
import type { DuplicateIndexStore } from './ports/duplicate-store';
import type { Locks } from './ports/locks';
import { EMPTY_TASK_STATE, type DuplicateFinding, type TaskState } from './ports/task-state';
import type { Comment, Tracker } from './ports/tracker';
import { taskChangeFromDefaults } from './task-change';
import { planningCalendars, templateForTask } from './template-for-task';
import { taskWithState } from './task-with-state';

export interface OnTaskCreatedDeps {
  /** Acting as the app: automation, not a person. */
  tracker: Tracker;
  settings: Settings;
  /** People whose calendars count step due dates (the owner's, else the assignee's). */
  people: readonly Person[];
  duplicates: DuplicateIndexStore;
  locks: Locks;
  clock: Clock;
}

export type OnTaskCreatedResult =
  | {
      outcome: 'processed';
      templateId?: string;
      createdSubtasks: number;
      setDefaults: boolean;
      duplicates: DuplicateFinding[];
      commented: boolean;
      warnings: string[];
      hostCalls: number;
    }
  | { outcome: 'busy' | 'gone'; hostCalls: number };

/** How long one run may hold a task: longer than any run takes, short enough to recover from a crash. */
const LEASE_SECONDS = 120;

/**
 * The comment names no other task: automation acts as the app and sees everything, but the people who
 * read this issue may not, so they compare the findings in the panel, which shows each person only the
 * tasks they may open.
 */
function duplicatesComment(likely: number): Comment {
  const many = likely === 1 ? 'another task looks' : `${likely} other tasks look`;
  return {
    paragraphs: [
      [{ text: `Mops: ${many} like the same work, planned by another team or agency.` }],
      [{ text: 'Compare them in the Mops panel on this issue before committing budget, then link or dismiss them there.' }],
    ],
  };
}

/**
 * Creates the planned subtasks; when the tracker refuses some, keeps the ones it made and turns the
 * refusals into warnings, so they are recorded now and the missing steps are tried again next time.
 */
async function createWhatTheTrackerAccepts(tracker: Tracker, task: Task, planned: readonly PlannedSubtask[], warnings: string[]): Promise<Record<string, string>> {
  try {
    return await tracker.createSubtasks(task, planned);
  } catch (error) {
    if (!(error instanceof SubtasksPartlyCreatedError)) throw error;
    warnings.push(error.message);
    return { ...error.created };
  }
}

/**
 * When a task is created: apply its process template (subtasks and field defaults), look for the same
 * work elsewhere, record what was found, and comment only at the likely-duplicate level. Safe to run
 * again for the same task, in any order with other events: nothing is created or said twice.
 * Host calls: 1 read, at most 1 bulk create, 1 update, 1 state write and 1 comment.
 */
export async function onTaskCreated(taskId: string, deps: OnTaskCreatedDeps): Promise<OnTaskCreatedResult> {
  const { tracker, settings, clock } = deps;
  const startCalls = tracker.hostCalls();
  const lease = `task-created:${taskId}`;
  if (!(await deps.locks.acquire(lease, LEASE_SECONDS))) return { outcome: 'busy', hostCalls: 0 };
  try {
    const context = await tracker.loadTaskContext(taskId);
    if (!context) return { outcome: 'gone', hostCalls: tracker.hostCalls() - startCalls };
    const previous: TaskState = context.state ?? EMPTY_TASK_STATE;
    const { task, subtasks: knownSubtasks } = taskWithState(context);
    const state: TaskState = { ...previous, stepSubtasks: { ...previous.stepSubtasks }, processedUpdatedAt: context.updatedAt };
    const warnings: string[] = [];

    const template = templateForTask(task, settings.templates);
    let createdSubtasks = 0;
    let setDefaults = false;
    if (template) {
      const subtasks = adoptStepSubtasks(knownSubtasks, template);
      for (const subtask of subtasks) if (subtask.templateStepId) state.stepSubtasks[subtask.templateStepId] = subtask.id;
      const plan = planTemplate(task, subtasks, template, planningCalendars(settings, deps.people));
      warnings.push(...plan.warnings.map((warning) => warning.message));
      if (plan.subtasksToCreate.length > 0) {
        const created = await createWhatTheTrackerAccepts(tracker, task, plan.subtasksToCreate, warnings);
        Object.assign(state.stepSubtasks, created);
        createdSubtasks = Object.keys(created).length;
      }
      const change = taskChangeFromDefaults(plan.fieldDefaults);
      if (change) {
        await tracker.updateTask(task.id, change);
        setDefaults = true;
      }
      state.template = plan.templateRef;
    }

    const index = await deps.duplicates.load();
    const duplicates = findDuplicateWork(index, task, settings.duplicateDetection, clock.now(), previous.dismissedDuplicateIds);
    await deps.duplicates.put(duplicateCandidateOf(task));
    state.duplicates = duplicates;
    // One comment per task, ever: a redelivered event meets an index that has changed since (the task
    // itself is in it now), which can tip another candidate over the line; the panel shows it, a second
    // comment would only repeat the first.
    const alreadyCommented = previous.commentedDuplicateIds.length > 0;
    const unannounced = alreadyCommented ? [] : duplicates.filter((found) => found.decision === 'likely-duplicate');
    state.commentedDuplicateIds = [...previous.commentedDuplicateIds, ...unannounced.map((found) => found.taskId)];

    // State first, comment second: if the run stops in between, the comment is missed, never doubled.
    if (!isDeepStrictEqual(state, previous)) await tracker.saveTaskState(task.id, state);
    if (unannounced.length > 0) await tracker.addComment(task.id, duplicatesComment(unannounced.length));

    return {
      outcome: 'processed',
      ...(template ? { templateId: template.id } : {}),
      createdSubtasks,
      setDefaults,
      duplicates,
      commented: unannounced.length > 0,
      warnings,
      hostCalls: tracker.hostCalls() - startCalls,
    };
  } finally {
    await deps.locks.release(lease);
  }
}
