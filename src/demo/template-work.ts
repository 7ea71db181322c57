import type { LocalDate } from '../core/dates/local-date';
import type { StatusCategory } from '../core/task/task';
import { defaultTemplate, type Template, type TemplateStep } from '../core/templates';
import { budgetLineFor } from './budget';
import type { BudgetProfile, DemoCurrency } from './campaigns';
import { addTask, addWeekdays, assignWithin, createdAtFor, type DemoContext, DEMO_TODAY, remainingFor } from './tasks';

/** A webinar, email campaign or product launch with its template already applied. */
export interface TemplateWork {
  id: string;
  templateId: 'webinar' | 'email-campaign' | 'product-launch';
  title: string;
  description: string;
  projectId: string;
  teamId: string;
  parentId: string;
  parentCreatedAt: string;
  ownerId: string;
  labels: string[];
  start: LocalDate;
  due: LocalDate;
  status: string;
  statusCategory: StatusCategory;
  profile: BudgetProfile;
  /** Planned budget in euros, in `currency`; absent leaves the task without a budget line. */
  budget?: { euros: number; currency: DemoCurrency };
  /** Holiday region of the people who write the work's language, e.g. "RU"; absent means anyone. */
  region?: string;
  /** Absent leaves the KPI unset. */
  kpi?: string;
  /** Steps whose subtasks were never created (deleted, or the template was applied partly). */
  missingSteps?: string[];
  /** Steps that stay open whatever their dates say. */
  openSteps?: string[];
  /** Steps already done ahead of their due date. */
  doneSteps?: string[];
}

/**
 * The date a step is due, counted in Monday-to-Friday days from the task's start or due date.
 * @example stepDue(dryRun, '2026-11-05', '2026-12-10') // '2026-12-09' (1 working day before the webinar)
 */
export function stepDue(step: TemplateStep, start: LocalDate, due: LocalDate): LocalDate {
  const base = step.due.relativeTo === 'due' ? due : start;
  return addWeekdays(base, step.due.direction === 'before' ? -step.due.workingDays : step.due.workingDays);
}

function stepStatus(work: TemplateWork, stepId: string, start: LocalDate, due: LocalDate): { status: string; statusCategory: StatusCategory } {
  const open = work.openSteps?.includes(stepId) ?? false;
  const done = (work.doneSteps?.includes(stepId) ?? false) || (!open && due < DEMO_TODAY);
  if (done) return { status: 'Done', statusCategory: 'done' };
  return start <= DEMO_TODAY ? { status: 'In Progress', statusCategory: 'in_progress' } : { status: 'To Do', statusCategory: 'todo' };
}

function addStep(context: DemoContext, work: TemplateWork, template: Template, step: TemplateStep, createdAt: string): void {
  const due = stepDue(step, work.start, work.due);
  const estimate = step.estimateMinutes ?? 120;
  const start = addWeekdays(due, -(Math.max(1, Math.ceil(estimate / 240)) - 1));
  const own = work.region === undefined ? {} : { region: work.region };
  const otherTeams = [...new Set(context.people.filter((person) => person.roles.includes(step.role)).map((person) => person.teamId))].filter((teamId) => teamId !== work.teamId);
  // The step's own team first, then whoever elsewhere has the skill, then anyone in the team.
  const attempts = [
    { teamId: work.teamId, options: own },
    ...otherTeams.map((teamId) => ({ teamId, options: {} })),
    { teamId: work.teamId, options: { ...own, anyoneInTeam: true } },
  ];
  let assigneeId: string | undefined;
  for (const { teamId, options } of attempts) {
    assigneeId = assignWithin(context, teamId, step.role, start, due, estimate, options)?.id;
    if (assigneeId !== undefined) break;
  }
  const status = stepStatus(work, step.id, start, due);
  addTask(context, {
    title: step.title,
    description: `${template.name} step for “${work.title}”.`,
    projectId: work.projectId,
    teamId: work.teamId,
    parentId: work.id,
    type: 'subtask',
    ...status,
    ...(assigneeId === undefined ? {} : { assigneeId }),
    createdAt,
    startDate: start,
    dueDate: due,
    estimateMinutes: estimate,
    remainingMinutes: remainingFor(context.random, status.statusCategory, estimate),
    templateStepId: step.id,
  });
}

/**
 * Adds the task and one subtask per template step (except `missingSteps`), the way applying the
 * template on creation would have left it, then moved on with time.
 * @example addTemplateWork(context, webinarWork) // adds the webinar and its 9 step subtasks
 */
export function addTemplateWork(context: DemoContext, work: TemplateWork): void {
  const template = defaultTemplate(work.templateId);
  const { random } = context;
  const costCategory = template.fieldDefaults.budget?.category ?? 'other';
  const budget = work.budget && budgetLineFor(random, work.profile, work.statusCategory, work.budget.currency, costCategory, work.budget.euros, work.teamId);
  const createdAt = createdAtFor(random, work.start, work.parentCreatedAt, [5, 10]);
  addTask(context, {
    id: work.id,
    title: work.title,
    description: work.description,
    projectId: work.projectId,
    teamId: work.teamId,
    parentId: work.parentId,
    type: work.templateId,
    labels: [...new Set([...(template.fieldDefaults.labels ?? []), ...work.labels])],
    status: work.status,
    statusCategory: work.statusCategory,
    assigneeId: work.ownerId,
    ownerId: work.ownerId,
    createdAt,
    startDate: work.start,
    dueDate: work.due,
    ...(budget ? { budget } : {}),
    fields: { ...(template.fieldDefaults.fields ?? {}), ...(work.kpi === undefined ? {} : { kpi: work.kpi }) },
    template: { templateId: template.id, version: template.version },
  });
  for (const step of template.steps) {
    if (!(work.missingSteps?.includes(step.id) ?? false)) addStep(context, work, template, step, createdAt);
  }
}
