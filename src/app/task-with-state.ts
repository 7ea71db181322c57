import type { Task } from '../core/task/task';
import type { TaskContext } from './ports/tracker';

/**
 * The task and its subtasks as the core expects them: the template the task follows and the step each
 * subtask was made for, read from Mops' state where the host's own fields cannot hold them.
 */
export function taskWithState(context: TaskContext): { task: Task; subtasks: Task[] } {
  const state = context.state;
  const stepOfSubtask = new Map(Object.entries(state?.stepSubtasks ?? {}).map(([stepId, taskId]) => [taskId, stepId]));
  const task = state?.template && !context.task.template ? { ...context.task, template: state.template } : context.task;
  const subtasks = context.subtasks.map((subtask) => {
    const stepId = stepOfSubtask.get(subtask.id);
    return stepId && !subtask.templateStepId ? { ...subtask, templateStepId: stepId } : subtask;
  });
  return { task, subtasks };
}
