import { DEFAULT_COST_CATEGORIES } from '../../core/budget/categories';
import { checkDraft } from '../budget-field-edit/budget-draft';
import { translatorFor } from '../shared/messages';
import type { Invoker } from '../shared/resolver-answer';
import { savePanelBudget } from './save-panel-budget';

const en = { t: translatorFor('en'), locale: 'en' };
/** The photo shoot as the form opened it: 9,350 zł planned, the studio booked for 4,000 zł. */
const startedFrom = { planned: 935_000, committed: 400_000, actual: 0, currency: 'PLN', category: 'production' };
const edited = { planned: '1 234.50', committed: '4000.00', actual: '', currency: 'PLN', category: 'production', vendor: '' };

/** A stand-in for `invoke` that answers once and records what it was sent. */
function resolverAnswering(answer: unknown) {
  const sent: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const invoker: Invoker = async (name, payload) => {
    sent.push({ name, payload });
    return answer;
  };
  return { sent, invoker };
}

describe('savePanelBudget', () => {
  it('sends the typed decimals as minor units with the budget the form started from', async () => {
    const budget = { line: { ...startedFrom, planned: 123_450 }, inBase: { ok: true, currency: 'EUR', planned: 29_134, committed: 94_400, actual: 0 } };
    const resolver = resolverAnswering({ ok: true, data: { saved: true, taskId: 'dup-photographer-brd', budget } });

    const outcome = await savePanelBudget(checkDraft(edited, DEFAULT_COST_CATEGORIES, en), startedFrom, resolver.invoker, en.t);

    expect(outcome).toEqual({ status: 'saved', budget });
    expect(resolver.sent).toEqual([{ name: 'saveTaskBudget', payload: { budget: { ...startedFrom, planned: 123_450 }, expected: startedFrom } }]);
  });

  it('never sends three decimals of euro, and names the field', async () => {
    const resolver = resolverAnswering({ ok: true, data: {} });
    const outcome = await savePanelBudget(checkDraft({ ...edited, currency: 'EUR', planned: '1234.505' }, DEFAULT_COST_CATEGORIES, en), startedFrom, resolver.invoker, en.t);
    expect(outcome).toEqual({ status: 'invalid', problems: { planned: { message: 'Planned: EUR allows at most 2 decimals; got "1234.505"' } } });
    expect(resolver.sent).toEqual([]);
  });

  it('says someone else changed the budget, in the reader’s language, when the resolver refused to overwrite', async () => {
    const resolver = resolverAnswering({
      ok: true,
      data: { saved: false, reason: 'changed-elsewhere', taskId: 'dup-photographer-brd', current: { ...startedFrom, committed: 600_000 }, message: 'The budget of BRD-12 was changed by someone else' },
    });
    expect(await savePanelBudget(checkDraft(edited, DEFAULT_COST_CATEGORIES, en), startedFrom, resolver.invoker, translatorFor('pl'))).toEqual({
      status: 'conflict',
      message: 'Ktoś inny zmienił ten budżet podczas twojej edycji, więc twoje zmiany nie zostały zapisane i nic nie nadpisano. Odśwież, aby zobaczyć aktualny budżet, i wprowadź zmianę ponownie.',
    });
  });

  it('turns a refusal into a sentence: its own for a missing permission, the server’s reason otherwise', async () => {
    const refused = resolverAnswering({ ok: false, error: { kind: 'no-permission', message: 'Jakub Mazur may see task x but not edit it' } });
    expect(await savePanelBudget(checkDraft(edited, DEFAULT_COST_CATEGORIES, en), startedFrom, refused.invoker, en.t)).toEqual({
      status: 'failed',
      message: 'You can see this work item but not change its budget.',
    });
    const invalid = resolverAnswering({ ok: false, error: { kind: 'bad-request', message: 'Budget of task x not saved: currency: "CHF" has no exchange rate into EUR' } });
    expect(await savePanelBudget(checkDraft(edited, DEFAULT_COST_CATEGORIES, en), startedFrom, invalid.invoker, en.t)).toEqual({
      status: 'failed',
      message: 'The budget was not saved: Budget of task x not saved: currency: "CHF" has no exchange rate into EUR',
    });
  });
});
