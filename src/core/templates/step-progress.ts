import type { Task } from '../task/task';

/** Where one template step stands on a task: no subtask yet, subtasks still open, or all done. */
export type StepProgress = { state: 'missing' } | { state: 'open'; subtasks: Task[] } | { state: 'done'; subtasks: Task[] };

/**
 * The subtasks of `task` created for a step (linked by `parentId` and `templateStepId`).
 * @example subtasksForStep(webinarTask, allSubtasks, 'dry-run').map((subtask) => subtask.key) // ['WEB-19']
 */
export function subtasksForStep(task: Task, subtasks: readonly Task[], stepId: string): Task[] {
  return subtasks.filter((subtask) => subtask.parentId === task.id && subtask.templateStepId === stepId);
}

/**
 * A step is done when it has a subtask and every subtask linked to it is in the done category
 * (a cancelled duplicate is "Won't do", which trackers file under done too).
 * @example stepProgress(webinarTask, allSubtasks, 'dry-run').state // 'open'
 */
export function stepProgress(task: Task, subtasks: readonly Task[], stepId: string): StepProgress {
  const linked = subtasksForStep(task, subtasks, stepId);
  if (linked.length === 0) return { state: 'missing' };
  return linked.every((subtask) => subtask.statusCategory === 'done') ? { state: 'done', subtasks: linked } : { state: 'open', subtasks: linked };
}
