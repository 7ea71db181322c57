import type { TaskChange } from '../../../app/ports/tracker';
import type { Task } from '../../../core/task/task';
import { checkRequiredField, type Template } from '../../../core/templates';

/**
 * The task as it stands after Mops wrote `changes` to it: template fields merged, the budget replaced.
 * Labels and components are left as they were (Asana has nothing Mops writes them to).
 * @example taskAfter(task, [{ fields: { channel: 'webinar' } }]).fields.channel // 'webinar'
 */
export function taskAfter(task: Task, changes: readonly TaskChange[]): Task {
  return changes.reduce<Task>(
    (current, change) => ({
      ...current,
      fields: { ...current.fields, ...change.fields },
      ...(change.budget ? { budget: change.budget } : {}),
    }),
    task,
  );
}

/**
 * What the template requires and the task lacks (or holds an unacceptable value for), each as the
 * sentence that says how to fix it.
 * @example missingRequiredFields(taskWithoutKpi, webinar) // ['Set the KPI/goal']
 */
export function missingRequiredFields(task: Task, template: Template): string[] {
  return template.requiredFields.flatMap((required) => {
    const check = checkRequiredField(task, required);
    return check.outcome === 'ok' ? [] : [check.fix];
  });
}
