import type { Task, TemplateRef } from '../task/task';
import { checkRequiredField } from './required-fields';
import type { Template, RequiredField } from './schema';
import { isEmptyPlan, type PlanningCalendars, planTemplate, type TemplatePlan } from './plan';
import { subtasksForStep } from './step-progress';

/** A step the newer version dropped. Its subtasks stay: people decide whether the work still matters. */
export type RemovedStep = { stepId: string; title: string; subtaskIds: string[] };

/** A subtask whose step kept its id but changed its title. */
export type TitleUpdate = {
  stepId: string;
  subtaskId: string;
  from: string;
  to: string;
  /** True when people had already renamed the subtask themselves (its title was not the old step title). */
  customised: boolean;
};

export type NewRequiredField = RequiredField & { satisfied: boolean };

export type TemplateMigration = {
  taskId: string;
  from: TemplateRef;
  to: TemplateRef;
  /** Subtasks for steps without one (the new steps among them) and the new version to record. */
  plan: TemplatePlan;
  addedSteps: string[];
  removedSteps: RemovedStep[];
  titleUpdates: TitleUpdate[];
  newRequiredFields: NewRequiredField[];
};

function requirementKey(required: RequiredField): string {
  return `${required.field} ${required.rule}`;
}

function versionsOf(task: Task, versions: readonly Template[]): { from: Template; to: Template } {
  const recorded = task.template;
  if (recorded === undefined) throw new Error(`${task.key} has no template to migrate from; plan it with planTemplate instead`);
  const own = versions.filter((template) => template.id === recorded.templateId);
  const from = own.find((template) => template.version === recorded.version);
  if (from === undefined) {
    const known = own.map((template) => `v${template.version}`).join(', ') || 'none';
    throw new Error(`${task.key} follows ${recorded.templateId} v${recorded.version}, which is not among the versions passed (${known})`);
  }
  const to = own.reduce((newest, template) => (template.version > newest.version ? template : newest), from);
  return { from, to };
}

/**
 * Moves a task from the template version it records to the newest version passed: steps missing a
 * subtask are planned (new steps among them), steps the new version dropped are reported, not deleted,
 * renamed steps become title updates, and new required fields are listed with whether the task
 * already meets them. Once applied, the task records the new version and migrating again does nothing.
 * @example migrateTask(taskOnWebinarV1, subtasks, [webinarV1, webinarV2], calendars).addedSteps // ['speaker-briefing']
 */
export function migrateTask(task: Task, subtasks: readonly Task[], versions: readonly Template[], calendars: PlanningCalendars): TemplateMigration {
  const { from, to } = versionsOf(task, versions);
  const oldSteps = new Map(from.steps.map((step) => [step.id, step]));
  const newStepIds = new Set(to.steps.map((step) => step.id));

  const titleUpdates: TitleUpdate[] = [];
  for (const step of to.steps) {
    const old = oldSteps.get(step.id);
    if (old === undefined || old.title === step.title) continue;
    for (const subtask of subtasksForStep(task, subtasks, step.id)) {
      if (subtask.title !== step.title) {
        titleUpdates.push({ stepId: step.id, subtaskId: subtask.id, from: subtask.title, to: step.title, customised: subtask.title !== old.title });
      }
    }
  }

  const oldRequirements = new Set(from.requiredFields.map(requirementKey));
  return {
    taskId: task.id,
    from: { templateId: from.id, version: from.version },
    to: { templateId: to.id, version: to.version },
    plan: planTemplate(task, subtasks, to, calendars),
    addedSteps: to.steps.filter((step) => !oldSteps.has(step.id)).map((step) => step.id),
    removedSteps: from.steps
      .filter((step) => !newStepIds.has(step.id))
      .map((step) => ({ stepId: step.id, title: step.title, subtaskIds: subtasksForStep(task, subtasks, step.id).map((subtask) => subtask.id) })),
    titleUpdates,
    newRequiredFields: to.requiredFields
      .filter((required) => !oldRequirements.has(requirementKey(required)))
      .map((required) => ({ ...required, satisfied: checkRequiredField(task, required).outcome === 'ok' })),
  };
}

/**
 * True when a migration would change nothing and has nothing to report.
 * @example isEmptyMigration(migrateTask(taskOnWebinarV2, subtasks, [webinarV1, webinarV2], calendars)) // true
 */
export function isEmptyMigration(migration: TemplateMigration): boolean {
  return (
    isEmptyPlan(migration.plan) &&
    migration.addedSteps.length === 0 &&
    migration.removedSteps.length === 0 &&
    migration.titleUpdates.length === 0 &&
    migration.newRequiredFields.length === 0
  );
}
