import type { Settings } from '../core/settings/settings';
import type { StatusCategory } from '../core/task/task';
import { checkTransition, type TransitionCheck } from '../core/templates';
import type { Tracker } from './ports/tracker';
import { taskWithState } from './task-with-state';
import { templateForTask } from './template-for-task';

/**
 * Whether a task may move to a status under the gates of its process template. Tasks that follow no
 * template, and tasks that no longer exist, are never blocked by Mops. Host calls: 1.
 * @example await checkTaskTransition('10001', { status: 'Done', statusCategory: 'done' }, deps)
 * // { allowed: false, reasons: ['Step “Dry run with speakers” is not done; it must be done before “Done”'] }
 */
export async function checkTaskTransition(
  taskId: string,
  to: { status: string; statusCategory: StatusCategory },
  deps: { tracker: Tracker; settings: Settings },
): Promise<TransitionCheck> {
  const context = await deps.tracker.loadTaskContext(taskId);
  if (!context) return { allowed: true };
  const { task, subtasks } = taskWithState(context);
  if (task.template === undefined) return { allowed: true };
  const template = templateForTask(task, deps.settings.templates);
  if (!template) return { allowed: true };
  return checkTransition(task, subtasks, template, to.status, to.statusCategory);
}
