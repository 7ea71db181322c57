import { z } from 'zod';
import { BudgetLine } from '../core/budget/budget-line';
import { CurrencyCode } from '../core/money/currency';
import { taskContribution, toMoneyTotals } from '../core/budget';
import type { Settings } from '../core/settings/settings';
import { evaluateCompliance } from '../core/templates';
import { StatusCategory, type Task } from '../core/task/task';
import type { LocalDate } from '../core/dates/local-date';
import type { Clock } from './ports/clock';
import type { TaskEditPermission } from './ports/task-edit-permission';
import { DuplicateFinding } from './ports/task-state';
import type { Tracker } from './ports/tracker';
import { taskWithState } from './task-with-state';
import { templateForTask } from './template-for-task';
import { collect } from './collect';
import { organisationToday } from './organisation-today';
import { type Directory, nameLookup, projectKeyOf } from './directory';

export const PanelBudget = z.object({
  line: BudgetLine,
  /** Planned, committed and actual in the base currency, or why they cannot be shown. */
  inBase: z.union([
    z.object({ ok: z.literal(true), currency: CurrencyCode, planned: z.number().int(), committed: z.number().int(), actual: z.number().int() }),
    z.object({ ok: z.literal(false), message: z.string() }),
  ]),
});

const PanelDuplicate = DuplicateFinding.extend({
  key: z.string(),
  title: z.string(),
  projectId: z.string(),
  /** The project's name where the host knows it, else its key ("ATL" of ATL-36). */
  projectName: z.string().optional(),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  ownerId: z.string().optional(),
  ownerName: z.string().optional(),
  status: z.string(),
  statusCategory: StatusCategory,
  budget: BudgetLine.optional(),
});

/** What the Mops panel on a task shows; checked on the way out so a host never renders a malformed view. */
export const IssuePanelView = z.object({
  taskId: z.string(),
  key: z.string(),
  budget: PanelBudget.optional(),
  /** Whether the viewer may change the budget here; absent where the host offers no editing. */
  canEditBudget: z.boolean().optional(),
  template: z
    .object({
      id: z.string(),
      name: z.string(),
      version: z.number().int(),
      applied: z.boolean(),
      compliant: z.boolean(),
      findings: z.array(z.object({ kind: z.string(), severity: z.enum(['violation', 'warning', 'info']), message: z.string(), field: z.string().optional(), stepId: z.string().optional() })),
    })
    .optional(),
  /** Only tasks the viewer may open; how many others exist is not revealed either. */
  duplicates: z.array(PanelDuplicate),
});
export type IssuePanelView = z.infer<typeof IssuePanelView>;
export type PanelBudget = z.infer<typeof PanelBudget>;

export interface IssuePanelDeps {
  /** Acting as the viewer, so every read is limited to what they may see. */
  tracker: Tracker;
  settings: Settings;
  clock: Clock;
  /** Names for the duplicates' project, team and owner, so no reader is shown a bare id. */
  directory?: Directory;
  /** Whether the viewer may edit the task; without it the panel offers no budget editing. */
  editPermission?: TaskEditPermission;
}

/**
 * A task's budget as the panel shows it: its own line, and the same amounts in the base currency as
 * of `asOf`, or why they cannot be shown (no exchange rate).
 * @example panelBudget(task, settings, '2026-11-23')?.inBase // { ok: true, currency: 'EUR', planned: 220660, committed: 0, actual: 0 }
 */
export function panelBudget(task: Pick<Task, 'key' | 'budget'>, settings: Settings, asOf: LocalDate): PanelBudget | undefined {
  if (!task.budget) return undefined;
  const contribution = taskContribution(task, settings.exchangeRates, asOf);
  return {
    line: task.budget,
    inBase:
      contribution.kind === 'converted'
        ? { ok: true, currency: settings.baseCurrency, ...toMoneyTotals(contribution.base, `Task ${task.key}`) }
        : { ok: false, message: contribution.kind === 'missing-rate' ? contribution.error.message : 'No budget' },
  };
}

/**
 * The Mops panel for one task, as the viewer may see it: its budget (also in the base currency), its
 * template checklist and compliance, and the possible duplicates the viewer is allowed to open.
 * Host calls: 1 read of the task, and 1 search for the suggested tasks when there are any.
 * @example (await issuePanel('10001', deps)).duplicates.map((duplicate) => duplicate.key) // ['BRD-77']
 */
export async function issuePanel(taskId: string, deps: IssuePanelDeps): Promise<IssuePanelView | undefined> {
  const { tracker, settings } = deps;
  // The permission is asked alongside the read: a hidden task answers false there, so nothing leaks.
  const [context, canEditBudget] = await Promise.all([tracker.loadTaskContext(taskId), deps.editPermission?.canEditTask(taskId)]);
  if (!context) return undefined;
  const { task, subtasks } = taskWithState(context);
  const asOf = organisationToday(deps.clock, settings);
  const budget = panelBudget(task, settings, asOf);

  const template = templateForTask(task, settings.templates);
  const report = template ? evaluateCompliance(task, subtasks, template, asOf) : undefined;

  const suggested = (context.state?.duplicates ?? []).filter((finding) => !context.state?.dismissedDuplicateIds.includes(finding.taskId));
  const visible = suggested.length > 0 ? await collect(tracker.searchTasks({ taskIds: suggested.map((finding) => finding.taskId) })) : [];
  const byId = new Map(visible.map((candidate) => [candidate.id, candidate]));
  const names = nameLookup(deps.directory);
  const duplicates = suggested.flatMap((finding) => {
    const other = byId.get(finding.taskId);
    if (!other) return [];
    const { key, title, projectId, teamId, status, statusCategory, budget: otherBudget } = other;
    const ownerId = other.ownerId ?? other.assigneeId;
    return [
      {
        ...finding,
        key,
        title,
        projectId,
        projectName: names.project(projectId)?.name ?? projectKeyOf(key, projectId),
        teamId,
        teamName: teamId === undefined ? undefined : names.team(teamId),
        ownerId,
        ownerName: ownerId === undefined ? undefined : names.person(ownerId),
        status,
        statusCategory,
        budget: otherBudget,
      },
    ];
  });

  return IssuePanelView.parse({
    taskId: task.id,
    key: task.key,
    budget,
    ...(canEditBudget === undefined ? {} : { canEditBudget }),
    template:
      template && report
        ? { id: template.id, name: template.name, version: template.version, applied: task.template !== undefined, compliant: report.compliant, findings: report.findings }
        : undefined,
    duplicates,
  });
}
