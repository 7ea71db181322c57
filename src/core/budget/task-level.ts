import type { Task } from '../task/task';

/** Where a task sits among the budget levels: trackers name campaigns and epics by issue type. */
export type TaskLevel = 'campaign' | 'epic' | 'task';

/**
 * The budget level of a task node: "campaign" and "epic" issue types are those levels, every other
 * type (task, subtask, webinar…) is a task.
 * @example taskLevel({ ...task, type: 'Epic' }) // 'epic'
 * @example taskLevel({ ...task, type: 'subtask' }) // 'task'
 */
export function taskLevel(task: Pick<Task, 'type'>): TaskLevel {
  const type = task.type.toLowerCase();
  if (type === 'campaign') return 'campaign';
  if (type === 'epic') return 'epic';
  return 'task';
}
