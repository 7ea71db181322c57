import type { Task } from '../core/task/task';
import { pickTemplate, type Template } from '../core/templates';

/**
 * The newest version of the template a task follows; for a task that follows none yet, the template
 * that matches it. Subtasks made from a step never get a template of their own.
 * @example templateForTask(webinarTask, DEFAULT_TEMPLATES)?.id // 'webinar'
 */
export function templateForTask(task: Task, templates: readonly Template[]): Template | undefined {
  if (task.template === undefined) return task.templateStepId === undefined ? pickTemplate(task, templates) : undefined;
  const versions = templates.filter((template) => template.id === task.template?.templateId);
  return versions.reduce<Template | undefined>((newest, template) => (newest && newest.version >= template.version ? newest : template), undefined);
}
