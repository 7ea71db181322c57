import { duplicateCandidateOf } from './duplicate-findings';
import type { DuplicateIndexStore } from './ports/duplicate-store';
import type { Tracker } from './ports/tracker';

/**
 * After a task changed, re-index what it says now; events may come late or twice, so the task is read
 * fresh rather than taken from the event. A task that is gone (or hidden from the app) leaves the index.
 * Host calls: 1.
 */
export async function onTaskUpdated(taskId: string, deps: { tracker: Tracker; duplicates: DuplicateIndexStore }): Promise<'indexed' | 'removed'> {
  const context = await deps.tracker.loadTaskContext(taskId);
  if (!context) {
    await deps.duplicates.remove(taskId);
    return 'removed';
  }
  const closedAt = context.task.statusCategory === 'done' ? context.updatedAt : undefined;
  await deps.duplicates.put(duplicateCandidateOf(context.task, closedAt));
  return 'indexed';
}

/** A deleted task leaves the index. Host calls: 0. */
export async function onTaskDeleted(taskId: string, deps: { duplicates: DuplicateIndexStore }): Promise<void> {
  await deps.duplicates.remove(taskId);
}
