import type { CostCategory } from '../../../core/budget/categories';
import type { Instant } from '../../../core/dates/local-date';
import { type StatusCategory, Task, type TaskInput } from '../../../core/task/task';
import type { AsanaTaskRecord } from '../api/responses';
import { readBudget } from '../budget-fields/budget-values';
import type { AsanaProblem } from './problems';
import type { AsanaTrackerSettings } from './settings';

export type MappedAsanaTask = { ok: true; task: Task; updatedAt: Instant; problems: AsanaProblem[] } | { ok: false; problems: AsanaProblem[] };

export interface AsanaTaskMapping {
  settings: Pick<AsanaTrackerSettings, 'budgetFields' | 'textFields' | 'estimateField' | 'inProgressSections'>;
  categories?: readonly CostCategory[];
  /** The parent, when known: a subtask in no project of its own belongs to its parent's project. */
  parent?: Task;
}

/** The Asana field each required task field comes from, to name it when it is missing. */
const ASANA_FIELD_OF: Record<string, string> = { title: 'name', projectId: 'projects / memberships', status: 'completed', createdAt: 'created_at' };

/**
 * Asana's completion and board column as Mops' status: done when completed; in progress when the
 * task sits in a section whose name says so; to do otherwise.
 * @example asanaStatus({ completed: false, memberships: [{ section: { gid: '7', name: 'Doing' } }] }, ['Doing']) // { status: 'Doing', statusCategory: 'in_progress' }
 */
export function asanaStatus(task: Pick<AsanaTaskRecord, 'completed' | 'memberships'>, inProgressSections: readonly string[]): { status: string; statusCategory: StatusCategory } {
  if (task.completed === true) return { status: 'Completed', statusCategory: 'done' };
  const section = task.memberships?.find((membership) => membership.section?.name)?.section?.name?.trim();
  if (!section) return { status: 'Open', statusCategory: 'todo' };
  const started = inProgressSections.some((name) => name.trim().toLowerCase() === section.toLowerCase());
  return { status: section, statusCategory: started ? 'in_progress' : 'todo' };
}

function typeOf(task: AsanaTaskRecord): string {
  if (task.resource_subtype === 'milestone' || task.resource_subtype === 'approval') return task.resource_subtype;
  return task.parent ? 'subtask' : 'task';
}

/**
 * An Asana task (as read with TASK_FIELDS) as a Mops task. Project from the task's projects or
 * memberships, else its parent's; assignee and creator (the owner) by gid; start_on/due_on as dates;
 * completion and section as the status; the budget from Mops' currency fields; template fields from
 * the text fields named in the settings. Values Mops cannot read are left out and reported; only a
 * task missing what every task has (name, project, creation time) cannot be mapped.
 * @example asanaTaskToTask(webinarRecord, { settings }).task.budget // { planned: 500000, … currency: 'EUR' }
 */
export function asanaTaskToTask(record: AsanaTaskRecord, mapping: AsanaTaskMapping): MappedAsanaTask {
  const { settings } = mapping;
  const problems: AsanaProblem[] = [];
  const values = record.custom_fields ?? [];
  const byGid = new Map(values.map((value) => [value.gid, value]));

  const budget = readBudget(values, settings.budgetFields, mapping.categories);
  for (const message of budget.problems) problems.push({ task: record.gid, field: 'budget', message });

  const fields: Record<string, string> = {};
  for (const [name, gid] of Object.entries(settings.textFields)) {
    const text = byGid.get(gid)?.text_value?.trim();
    if (text) fields[name] = text;
  }

  let estimateMinutes: number | undefined;
  const estimate = settings.estimateField ? byGid.get(settings.estimateField)?.number_value : undefined;
  if (typeof estimate === 'number') {
    if (estimate >= 0 && Number.isFinite(estimate)) estimateMinutes = Math.round(estimate);
    else problems.push({ task: record.gid, field: settings.estimateField ?? 'estimate', message: `Estimate ${estimate} is not a number of minutes; ignored` });
  }

  const projectId = record.memberships?.find((membership) => membership.project)?.project?.gid ?? record.projects?.[0]?.gid ?? mapping.parent?.projectId;
  const candidate: TaskInput = {
    id: record.gid,
    key: record.gid,
    title: record.name ?? '',
    description: record.notes ?? '',
    projectId: projectId ?? '',
    teamId: mapping.parent?.teamId,
    parentId: record.parent?.gid,
    type: typeOf(record),
    labels: (record.tags ?? []).flatMap((tag) => (tag.name ? [tag.name] : [])),
    components: [],
    ...asanaStatus(record, settings.inProgressSections),
    assigneeId: record.assignee?.gid,
    ownerId: record.created_by?.gid,
    createdAt: record.created_at ?? '',
    startDate: record.start_on ?? undefined,
    dueDate: record.due_on ?? undefined,
    estimateMinutes,
    budget: budget.budget,
    fields,
  };
  const withoutEmpty = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)) as TaskInput;
  const parsed = Task.safeParse(withoutEmpty);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const taskField = issue.path.join('.');
      const asanaField = ASANA_FIELD_OF[taskField] ?? taskField;
      problems.push({ task: record.gid, field: asanaField, message: `Task ${record.gid} cannot be read as a task: its ${asanaField} is missing or unreadable (${taskField}: ${issue.message})` });
    }
    return { ok: false, problems };
  }
  return { ok: true, task: parsed.data, updatedAt: record.modified_at ?? parsed.data.createdAt, problems };
}
