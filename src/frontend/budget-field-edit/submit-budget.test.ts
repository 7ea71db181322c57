import type { BudgetLine } from '../../core/budget/budget-line';
import { DEFAULT_COST_CATEGORIES } from '../../core/budget/categories';
import { translatorFor } from '../shared/messages';
import { checkDraft } from './budget-draft';
import { submitBudget } from './submit-budget';

const en = { t: translatorFor('en'), locale: 'en' };
const webinar = { planned: '1250.50', committed: '400', actual: '', currency: 'EUR', category: 'media', vendor: '' };

/** A stand-in for `view.submit` that records what Jira would have received. */
function recordingSubmitter(failWith?: Error) {
  const sent: BudgetLine[] = [];
  const submit = async (value: BudgetLine) => {
    if (failWith) throw failWith;
    sent.push(value);
  };
  return { sent, submit };
}

describe('submitBudget', () => {
  it('sends Jira the budget in minor units, once', async () => {
    const jira = recordingSubmitter();
    const outcome = await submitBudget(checkDraft(webinar, DEFAULT_COST_CATEGORIES, en), jira.submit, en.t);
    const value = { planned: 125_050, committed: 40_000, actual: 0, currency: 'EUR', category: 'media' };
    expect(outcome).toEqual({ status: 'submitted', value });
    expect(jira.sent).toEqual([value]);
  });

  it('never sends a draft with a mistake in it', async () => {
    const jira = recordingSubmitter();
    const outcome = await submitBudget(checkDraft({ ...webinar, committed: '3.141' }, DEFAULT_COST_CATEGORIES, en), jira.submit, en.t);
    expect(outcome).toEqual({ status: 'invalid', problems: { committed: { message: 'Committed: EUR allows at most 2 decimals; got "3.141"' } } });
    expect(jira.sent).toEqual([]);
  });

  it('turns Jira’s refusal into a message in the reader’s language', async () => {
    const jira = recordingSubmitter(new Error('Field value is invalid'));
    const pl = translatorFor('pl');
    expect(await submitBudget(checkDraft(webinar, DEFAULT_COST_CATEGORIES, en), jira.submit, pl)).toEqual({
      status: 'failed',
      message: 'Jira nie zapisała budżetu: Field value is invalid',
    });
  });
});
