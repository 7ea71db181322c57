import type { Person } from '../core/capacity/calendar';
import type { Settings } from '../core/settings/settings';
import type { Task } from '../core/task/task';
import { type PlanningCalendars, pickTemplate, type Template } from '../core/templates';

/**
 * The newest version among the templates with this id.
 * @example newestTemplate(settings.templates, 'webinar')?.version // 2
 */
export function newestTemplate(templates: readonly Template[], templateId: string): Template | undefined {
  return templates.filter((template) => template.id === templateId).reduce<Template | undefined>((newest, template) => (newest && newest.version >= template.version ? newest : template), undefined);
}

/**
 * The calendars step due dates are counted in: everyone's own, the organisation's default, holidays.
 * The on-created automation and the admin page's preview both plan with these.
 * @example planningCalendars(settings, people).organisation.timeZone // 'Europe/Warsaw'
 */
export function planningCalendars(settings: Pick<Settings, 'defaultCalendar' | 'holidays' | 'baseCurrency'>, people: readonly Person[]): PlanningCalendars {
  return {
    people: Object.fromEntries(people.map((person) => [person.id, person.calendar])),
    organisation: settings.defaultCalendar,
    holidays: settings.holidays,
    baseCurrency: settings.baseCurrency,
  };
}

/**
 * The newest version of the template a task follows; for a task that follows none yet, the template
 * that matches it. Subtasks made from a step never get a template of their own.
 * @example templateForTask(webinarTask, DEFAULT_TEMPLATES)?.id // 'webinar'
 */
export function templateForTask(task: Task, templates: readonly Template[]): Template | undefined {
  if (task.template === undefined) return task.templateStepId === undefined ? pickTemplate(task, templates) : undefined;
  return newestTemplate(templates, task.template.templateId);
}
