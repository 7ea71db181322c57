import type { Instant } from '../dates/local-date';
import type { Task } from '../task/task';
import type { TemplateMigration } from './migrate';
import type { PlannedSubtask, TemplatePlan } from './plan';

/** What a host needs to supply to turn planned subtasks into tasks: ids, keys and the creation time. */
export type SubtaskFactory = {
  createdAt: Instant;
  /** Tracker id and key for the n-th subtask created by this plan. */
  identify: (planned: PlannedSubtask, index: number) => { id: string; key: string };
  /** Status a new subtask starts in; the tracker's default "to do" status. */
  initialStatus?: string;
};

/** A task and its subtasks after a plan was carried out. */
export type AppliedTemplate = { task: Task; subtasks: Task[] };

function newSubtask(parent: Task, planned: PlannedSubtask, index: number, factory: SubtaskFactory): Task {
  const { id, key } = factory.identify(planned, index);
  const subtask: Task = {
    id,
    key,
    title: planned.title,
    description: '',
    projectId: parent.projectId,
    parentId: planned.parentId,
    type: 'subtask',
    labels: [],
    components: [],
    status: factory.initialStatus ?? 'To Do',
    statusCategory: 'todo',
    createdAt: factory.createdAt,
    fields: {},
    templateStepId: planned.templateStepId,
  };
  if (parent.teamId !== undefined) subtask.teamId = parent.teamId;
  if (planned.dueDate !== undefined) subtask.dueDate = planned.dueDate;
  if (planned.estimateMinutes !== undefined) {
    subtask.estimateMinutes = planned.estimateMinutes;
    subtask.remainingMinutes = planned.estimateMinutes;
  }
  return subtask;
}

/**
 * Carries out a plan in memory, the way a tracker adapter does it through its API: the local host
 * and tests use it, and it defines what "applied" means for idempotency.
 * @example applyPlan(plan, task, [], { createdAt: '2026-11-02T09:00:00Z', identify: (_, i) => ({ id: `s${i}`, key: `WEB-${20 + i}` }) })
 */
export function applyPlan(plan: TemplatePlan, task: Task, subtasks: readonly Task[], factory: SubtaskFactory): AppliedTemplate {
  if (plan.taskId !== task.id) throw new Error(`Plan is for task id "${plan.taskId}" but was applied to task id "${task.id}" (${task.key})`);
  const updated: Task = { ...task, labels: [...task.labels], components: [...task.components], fields: { ...task.fields } };
  for (const change of plan.fieldDefaults) {
    switch (change.kind) {
      case 'add-labels':
        updated.labels.push(...change.labels);
        break;
      case 'add-components':
        updated.components.push(...change.components);
        break;
      case 'set-field':
        updated.fields[change.name] = change.value;
        break;
      case 'open-budget':
        updated.budget = { ...change.budget };
        break;
    }
  }
  if (plan.recordTemplateRef) updated.template = { ...plan.templateRef };
  const created = plan.subtasksToCreate.map((planned, index) => newSubtask(updated, planned, index, factory));
  return { task: updated, subtasks: [...subtasks, ...created] };
}

/**
 * Carries out a migration in memory: its plan, then the title updates. Removed steps are left alone.
 * @example applyMigration(migration, task, subtasks, factory).task.template // { templateId: 'webinar', version: 2 }
 */
export function applyMigration(migration: TemplateMigration, task: Task, subtasks: readonly Task[], factory: SubtaskFactory): AppliedTemplate {
  const applied = applyPlan(migration.plan, task, subtasks, factory);
  const titles = new Map(migration.titleUpdates.map((update) => [update.subtaskId, update.to]));
  return { task: applied.task, subtasks: applied.subtasks.map((subtask) => ({ ...subtask, title: titles.get(subtask.id) ?? subtask.title })) };
}
