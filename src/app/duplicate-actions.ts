import { EMPTY_TASK_STATE } from './ports/task-state';
import type { LinkKind, Tracker } from './ports/tracker';

export class TaskNotVisibleError extends Error {
  constructor(readonly taskId: string) {
    super(`Task ${taskId} does not exist or you do not have permission to see it`);
  }
}

/**
 * Links a task to one of its suggested duplicates, as the person who asked (so the host checks their
 * right to link both), and stops suggesting it. Host calls: 4 (check, link, read and write state).
 */
export async function linkSuggestedTask(
  taskId: string,
  otherTaskId: string,
  kind: LinkKind,
  deps: { viewer: Tracker; app: Tracker },
): Promise<void> {
  const visible = await deps.viewer.visibleTaskIds([taskId, otherTaskId]);
  for (const id of [taskId, otherTaskId]) if (!visible.has(id)) throw new TaskNotVisibleError(id);
  await deps.viewer.linkTasks(taskId, otherTaskId, kind);
  await dismissFromState(taskId, otherTaskId, deps.app);
}

/**
 * Remembers that a person dismissed a suggestion, so nobody sees it on this task again. The viewer must
 * see the task; the state is written by the app because people may lack the right to edit properties.
 */
export async function dismissSuggestedTask(taskId: string, otherTaskId: string, deps: { viewer: Tracker; app: Tracker }): Promise<void> {
  const visible = await deps.viewer.visibleTaskIds([taskId]);
  if (!visible.has(taskId)) throw new TaskNotVisibleError(taskId);
  await dismissFromState(taskId, otherTaskId, deps.app);
}

async function dismissFromState(taskId: string, otherTaskId: string, app: Tracker): Promise<void> {
  const context = await app.loadTaskContext(taskId);
  if (!context) throw new TaskNotVisibleError(taskId);
  const state = context.state ?? EMPTY_TASK_STATE;
  if (state.dismissedDuplicateIds.includes(otherTaskId)) return;
  await app.saveTaskState(taskId, { ...state, dismissedDuplicateIds: [...state.dismissedDuplicateIds, otherTaskId] });
}
