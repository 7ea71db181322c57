import type { BudgetLine } from '../budget/budget-line';
import type { HolidayCalendars, WorkingCalendar } from '../capacity/calendar';
import type { LocalDate } from '../dates/local-date';
import { addWorkingDays } from '../dates/working-days';
import type { CurrencyCode } from '../money/currency';
import type { Task, TemplateRef } from '../task/task';
import type { Template, TemplateStep } from './schema';
import { subtasksForStep } from './step-progress';

/** Calendars used to turn "N working days before due" into dates. */
export type PlanningCalendars = {
  /** Calendars of people by person id; the task owner's is used first, then the assignee's. */
  people?: Readonly<Record<string, WorkingCalendar>>;
  /** The organisation's default calendar, for tasks whose owner and assignee have none. */
  organisation: WorkingCalendar;
  holidays: HolidayCalendars;
  /** Currency of a budget line opened from template defaults when the template names none. */
  baseCurrency?: CurrencyCode;
};

/** A subtask to create for one template step. */
export type PlannedSubtask = {
  parentId: string;
  templateStepId: string;
  title: string;
  role: string;
  /** Absent when the step counts from a date the task does not have (see the plan's warnings). */
  dueDate?: LocalDate;
  estimateMinutes?: number;
};

/** A value the template sets on the task because the task has none. */
export type FieldDefaultChange =
  | { kind: 'add-labels'; labels: string[] }
  | { kind: 'add-components'; components: string[] }
  | { kind: 'set-field'; name: string; value: string }
  | { kind: 'open-budget'; budget: BudgetLine };

export type PlanWarning = {
  kind: 'no-anchor-date' | 'tight-schedule' | 'no-budget-currency' | 'replaces-template';
  stepId?: string;
  message: string;
};

/** What applying a template to a task would change. Nothing here has happened yet. */
export type TemplatePlan = {
  taskId: string;
  templateRef: TemplateRef;
  /** True when the task does not yet record `templateRef`. */
  recordTemplateRef: boolean;
  subtasksToCreate: PlannedSubtask[];
  fieldDefaults: FieldDefaultChange[];
  warnings: PlanWarning[];
};

/**
 * The calendar that step due dates are counted in: the owner's, else the assignee's, else the
 * organisation's. The owner answers for the dates, so their holidays are the ones that move them.
 * @example planningCalendar({ ...task, ownerId: 'ana' }, { people: { ana: warsawWeek }, organisation: londonWeek, holidays: {} }) // warsawWeek
 */
export function planningCalendar(task: Task, calendars: PlanningCalendars): WorkingCalendar {
  const people = calendars.people ?? {};
  return (task.ownerId && people[task.ownerId]) || (task.assigneeId && people[task.assigneeId]) || calendars.organisation;
}

const ANCHOR_NAME = { due: 'due date', start: 'start date' } as const;

function describeDue(step: TemplateStep): string {
  const { workingDays, direction, relativeTo } = step.due;
  if (workingDays === 0) return `on the task's ${ANCHOR_NAME[relativeTo]}`;
  return `${workingDays} working day${workingDays === 1 ? '' : 's'} ${direction} the task's ${ANCHOR_NAME[relativeTo]}`;
}

/**
 * The due date of a step on a task, or undefined when the task lacks the date the step counts from.
 * @example stepDueDate(landingPageLive, { ...task, dueDate: '2026-12-10' }, mondayToFriday, {}) // '2026-11-26'
 */
export function stepDueDate(step: TemplateStep, task: Task, calendar: WorkingCalendar, holidays: HolidayCalendars): LocalDate | undefined {
  const anchor = step.due.relativeTo === 'due' ? task.dueDate : task.startDate;
  if (anchor === undefined) return undefined;
  const sign = step.due.direction === 'before' ? -1 : 1;
  return addWorkingDays(anchor, sign * step.due.workingDays, calendar, holidays);
}

function planStep(step: TemplateStep, task: Task, calendar: WorkingCalendar, holidays: HolidayCalendars, warnings: PlanWarning[]): PlannedSubtask {
  const planned: PlannedSubtask = { parentId: task.id, templateStepId: step.id, title: step.title, role: step.role };
  if (step.estimateMinutes !== undefined) planned.estimateMinutes = step.estimateMinutes;
  const dueDate = stepDueDate(step, task, calendar, holidays);
  if (dueDate === undefined) {
    warnings.push({
      kind: 'no-anchor-date',
      stepId: step.id,
      message: `“${step.title}” is due ${describeDue(step)}, but ${task.key} has no ${ANCHOR_NAME[step.due.relativeTo]}: its subtask gets no due date; set one on the subtask by hand`,
    });
    return planned;
  }
  planned.dueDate = dueDate;
  if (task.startDate !== undefined && dueDate < task.startDate) {
    warnings.push({ kind: 'tight-schedule', stepId: step.id, message: `“${step.title}” is due ${dueDate}, before ${task.key} starts on ${task.startDate}` });
  } else if (step.due.relativeTo === 'start' && task.dueDate !== undefined && dueDate > task.dueDate) {
    warnings.push({ kind: 'tight-schedule', stepId: step.id, message: `“${step.title}” is due ${dueDate}, after ${task.key} is due on ${task.dueDate}` });
  }
  return planned;
}

const missingFrom = (present: readonly string[], wanted: readonly string[]) => {
  const have = new Set(present.map((value) => value.toLowerCase()));
  return wanted.filter((value) => !have.has(value.toLowerCase()));
};

function planFieldDefaults(task: Task, template: Template, calendars: PlanningCalendars, warnings: PlanWarning[]): FieldDefaultChange[] {
  const defaults = template.fieldDefaults;
  const changes: FieldDefaultChange[] = [];
  const labels = missingFrom(task.labels, defaults.labels ?? []);
  if (labels.length > 0) changes.push({ kind: 'add-labels', labels });
  const components = missingFrom(task.components, defaults.components ?? []);
  if (components.length > 0) changes.push({ kind: 'add-components', components });
  for (const [name, value] of Object.entries(defaults.fields ?? {})) {
    if ((task.fields[name] ?? '').trim() === '') changes.push({ kind: 'set-field', name, value });
  }
  if (defaults.budget && task.budget === undefined) {
    const currency = defaults.budget.currency ?? calendars.baseCurrency;
    if (currency === undefined) {
      warnings.push({
        kind: 'no-budget-currency',
        message: `The ${template.name} template opens a budget in cost category “${defaults.budget.category}”, but neither the template nor the organisation names a currency`,
      });
    } else {
      changes.push({ kind: 'open-budget', budget: { planned: 0, committed: 0, actual: 0, currency, category: defaults.budget.category } });
    }
  }
  return changes;
}

/**
 * What applying a template to a task would do: subtasks for steps that have none yet (linked by
 * `templateStepId`), defaults for fields the task lacks, and the template version to record.
 * Planning again after the plan was applied plans nothing: existing subtasks and values are never
 * touched, so a trigger that fires twice creates nothing twice.
 * @example planTemplate(webinarDueThursday10December, [], webinar, { organisation: mondayToFriday, holidays: {} })
 *   .subtasksToCreate.find((s) => s.templateStepId === 'landing-page')?.dueDate // '2026-11-26'
 */
export function planTemplate(task: Task, subtasks: readonly Task[], template: Template, calendars: PlanningCalendars): TemplatePlan {
  const warnings: PlanWarning[] = [];
  const calendar = planningCalendar(task, calendars);
  const subtasksToCreate = template.steps
    .filter((step) => subtasksForStep(task, subtasks, step.id).length === 0)
    .map((step) => planStep(step, task, calendar, calendars.holidays, warnings));
  const fieldDefaults = planFieldDefaults(task, template, calendars, warnings);
  const templateRef: TemplateRef = { templateId: template.id, version: template.version };
  const recorded = task.template;
  if (recorded !== undefined && (recorded.templateId !== template.id || recorded.version > template.version)) {
    warnings.push({
      kind: 'replaces-template',
      message: `${task.key} follows ${recorded.templateId} v${recorded.version}; applying ${template.id} v${template.version} records that instead`,
    });
  }
  return {
    taskId: task.id,
    templateRef,
    recordTemplateRef: recorded?.templateId !== templateRef.templateId || recorded.version !== templateRef.version,
    subtasksToCreate,
    fieldDefaults,
    warnings,
  };
}

/**
 * True when a plan would change nothing (warnings alone change nothing).
 * @example isEmptyPlan(planTemplate(appliedTask, itsSubtasks, webinar, calendars)) // true
 */
export function isEmptyPlan(plan: TemplatePlan): boolean {
  return plan.subtasksToCreate.length === 0 && plan.fieldDefaults.length === 0 && !plan.recordTemplateRef;
}
