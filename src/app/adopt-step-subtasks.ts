import type { Task } from '../core/task/task';
import type { Template } from '../core/templates';

/**
 * Subtasks that carry a step's exact title but no step id are taken as that step's subtask. This
 * covers a run that created subtasks and stopped before it could record them: the next delivery of
 * the event adopts them instead of creating a second set.
 * @example adoptStepSubtasks([{ ...subtask, title: 'Dry run with speakers' }], webinar)[0].templateStepId // 'dry-run'
 */
export function adoptStepSubtasks(subtasks: readonly Task[], template: Template): Task[] {
  const claimed = new Set(subtasks.map((subtask) => subtask.templateStepId).filter(Boolean));
  const stepByTitle = new Map(template.steps.map((step) => [step.title.trim().toLowerCase(), step.id]));
  return subtasks.map((subtask) => {
    if (subtask.templateStepId) return subtask;
    const stepId = stepByTitle.get(subtask.title.trim().toLowerCase());
    if (!stepId || claimed.has(stepId)) return subtask;
    claimed.add(stepId);
    return { ...subtask, templateStepId: stepId };
  });
}
