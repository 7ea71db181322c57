import type { BudgetLine } from '../../core/budget/budget-line';
import type { Translate } from '../shared/messages';
import type { DraftCheck, DraftProblems } from './budget-draft';

/** `view.submit` from the Forge bridge, narrowed to the budget field's value, so saving can be tested without Jira. */
export type FieldSubmitter = (value: BudgetLine) => Promise<void>;

export type SubmitOutcome = { status: 'submitted'; value: BudgetLine } | { status: 'invalid'; problems: DraftProblems } | { status: 'failed'; message: string };

/**
 * Hands a checked draft to Jira as the field's new value, in minor units. An invalid draft is never
 * sent; a refusal from Jira (a rejected value, a lost connection) becomes a message, not an exception.
 * @example await submitBudget(checkDraft(draft, categories, reader), view.submit, t)
 * // { status: 'submitted', value: { planned: 1200000, committed: 0, actual: 0, currency: 'EUR', category: 'events' } }
 */
export async function submitBudget(check: DraftCheck, submit: FieldSubmitter, t: Translate): Promise<SubmitOutcome> {
  if (!check.ok) return { status: 'invalid', problems: check.problems };
  try {
    await submit(check.value);
    return { status: 'submitted', value: check.value };
  } catch (error) {
    return { status: 'failed', message: t('budgetEdit.notSaved', { details: error instanceof Error ? error.message : String(error) }) };
  }
}
