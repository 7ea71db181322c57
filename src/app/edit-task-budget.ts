import { type BudgetLine, budgetLineSchema } from '../core/budget/budget-line';
import type { CurrencyCode } from '../core/money/currency';
import type { Settings } from '../core/settings/settings';
import { TaskNotVisibleError } from './duplicate-actions';
import type { BudgetEdit, SavedBudgetView } from './edit-task-budget-view';
import { panelBudget } from './issue-panel';
import { organisationToday } from './organisation-today';
import type { Clock } from './ports/clock';
import type { TaskEditPermission } from './ports/task-edit-permission';
import type { Tracker } from './ports/tracker';

/** The person may see the task but not change it; hosts answer it as no-permission (403). */
export class TaskEditNotAllowedError extends Error {
  override name = 'TaskEditNotAllowedError';
  constructor(readonly taskId: string) {
    super(`You may see task ${taskId} but not edit it, so its budget was not changed`);
  }
}

/** The budget is not one this organisation accepts; `problems` maps each field to what is wrong with it. */
export class BudgetNotValidError extends Error {
  override name = 'BudgetNotValidError';
  constructor(
    readonly taskId: string,
    readonly problems: Readonly<Record<string, string>>,
  ) {
    super(`Budget of task ${taskId} not saved: ${Object.entries(problems).map(([field, problem]) => `${field}: ${problem}`).join('; ')}`);
  }
}

export interface EditTaskBudgetDeps {
  /** Acting as the person: the task is read (and compared) as they see it. */
  viewer: Tracker;
  /** Acting as the app: writes the budget once the person's right to edit was checked. */
  app: Tracker;
  permission: TaskEditPermission;
  settings: Settings;
  clock: Clock;
}

/**
 * The currencies a budget may be in: the base currency, every currency with an exchange rate (so it
 * rolls up), and the one the task's budget already has, so an existing budget can be corrected
 * without being moved to another currency.
 */
function acceptedCurrencies(settings: Settings, current: BudgetLine | undefined): CurrencyCode[] {
  const rated = settings.exchangeRates.rates.map((rate) => rate.currency).filter((code) => code !== settings.baseCurrency);
  return [...new Set([settings.baseCurrency, ...[...rated].sort(), ...(current ? [current.currency] : [])])];
}

/** Each field's problem with the budget, or none; the category is checked against the organisation's. */
function budgetProblems(budget: BudgetLine, settings: Settings, current: BudgetLine | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  const parsed = budgetLineSchema(settings.costCategories).safeParse(budget);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'budget';
    problems[field] ??= issue.message;
  }
  const currencies = acceptedCurrencies(settings, current);
  if (!problems.currency && !currencies.includes(budget.currency)) {
    problems.currency = `"${budget.currency}" has no exchange rate into ${settings.baseCurrency}, so it would not roll up; use one of: ${currencies.join(', ')}`;
  }
  return problems;
}

/**
 * The same budget, field by field; an empty vendor and no vendor are the same.
 * @example sameBudget({ planned: 100, committed: 0, actual: 0, currency: 'EUR', category: 'media' }, null) // false
 */
export function sameBudget(stored: BudgetLine | undefined, expected: BudgetLine | null): boolean {
  if (stored === undefined || expected === null) return stored === undefined && expected === null;
  return (
    stored.planned === expected.planned &&
    stored.committed === expected.committed &&
    stored.actual === expected.actual &&
    stored.currency === expected.currency &&
    stored.category === expected.category &&
    (stored.vendor ?? '') === (expected.vendor ?? '')
  );
}

/**
 * Saves a person's new budget for a task. Checked in this order, and nothing is written unless all
 * pass: the person sees the task (else TaskNotVisibleError) and may edit it (else
 * TaskEditNotAllowedError); the budget is valid for the organisation — its categories and the
 * currencies that roll up (else BudgetNotValidError naming each field); the stored budget is still
 * the one the person started from (else a `changed-elsewhere` answer with the current one). Then the
 * app writes the budget and the answer is the panel's budget view of it.
 * Host calls: the permission check and the read together, then 1 write.
 * @example await editTaskBudget('10042', { budget: { planned: 123450, committed: 0, actual: 0, currency: 'PLN', category: 'production' }, expected: null }, deps)
 * // { saved: true, taskId: '10042', budget: { line: { planned: 123450, … }, inBase: { ok: true, currency: 'EUR', planned: 29135, … } } }
 */
export async function editTaskBudget(taskId: string, edit: BudgetEdit, deps: EditTaskBudgetDeps): Promise<SavedBudgetView> {
  const [context, mayEdit] = await Promise.all([deps.viewer.loadTaskContext(taskId), deps.permission.canEditTask(taskId)]);
  if (!context) throw new TaskNotVisibleError(taskId);
  if (!mayEdit) throw new TaskEditNotAllowedError(taskId);

  const stored = context.task.budget;
  const problems = budgetProblems(edit.budget, deps.settings, stored);
  if (Object.keys(problems).length > 0) throw new BudgetNotValidError(taskId, problems);

  // The window between this read and the write below is one request wide; hosts offer no compare-and-set on a field.
  if (!sameBudget(stored, edit.expected)) {
    return {
      saved: false,
      reason: 'changed-elsewhere',
      taskId,
      current: stored ?? null,
      message: `The budget of ${context.task.key} was changed by someone else while you were editing it; nothing was overwritten. Reload to see the current budget, then make your change again.`,
    };
  }

  const budget = budgetLineSchema(deps.settings.costCategories).parse(edit.budget);
  await deps.app.updateTask(taskId, { budget });
  const view = panelBudget({ key: context.task.key, budget }, deps.settings, organisationToday(deps.clock, deps.settings));
  if (!view) throw new Error(`Task ${context.task.key} has no budget right after it was saved`);
  return { saved: true, taskId, budget: view };
}
