import { SavedBudgetView } from '../../app/edit-task-budget-view';
import type { PanelBudget } from '../../app/issue-panel';
import type { BudgetLine } from '../../core/budget/budget-line';
import type { DraftCheck, DraftProblems } from '../budget-field-edit/budget-draft';
import type { Translate } from '../shared/messages';
import { callResolver, type Invoker } from '../shared/resolver-answer';

export type PanelBudgetSave =
  | { status: 'saved'; budget: PanelBudget }
  | { status: 'invalid'; problems: DraftProblems }
  /** Someone changed the stored budget after the form opened; nothing was written. */
  | { status: 'conflict'; message: string }
  | { status: 'failed'; message: string };

/**
 * Saves the panel's budget form through `saveTaskBudget`: a draft with a mistake is never sent (the
 * problems come back for the fields), a valid one goes as minor units with the budget the form
 * started from, and every refusal becomes a sentence in the reader's language.
 * @example await savePanelBudget(checkDraft(draft, categories, reader), view.budget?.line ?? null, forgeInvoker, t)
 * // { status: 'saved', budget: { line: { planned: 123450, … }, inBase: { ok: true, currency: 'EUR', … } } }
 */
export async function savePanelBudget(check: DraftCheck, startedFrom: BudgetLine | null, invoker: Invoker, t: Translate): Promise<PanelBudgetSave> {
  if (!check.ok) return { status: 'invalid', problems: check.problems };
  const answer = await callResolver(invoker, 'saveTaskBudget', { budget: check.value, expected: startedFrom }, SavedBudgetView);
  if (answer.status === 'failed') {
    return { status: 'failed', message: answer.kind === 'no-permission' ? t('panel.budget.noPermission') : t('panel.budget.notSaved', { details: answer.message }) };
  }
  if (!answer.data.saved) return { status: 'conflict', message: t('panel.budget.conflict') };
  return { status: 'saved', budget: answer.data.budget };
}
