import { DEFAULT_COST_CATEGORIES } from '../../src/core/budget/categories';
import { resolver } from '../../src/hosts/jira';
import { ForgeSettingsStore } from '../../src/hosts/jira/storage';
import { INSTALL_CONTEXT, installFakeForge } from './support/fake-platform';
import { ANA, tradeFairSettings } from './support/test-settings';

/** Calls the resolver as Forge does when the budget field's edit entry point invokes it on an issue. */
function callFromBudgetField(payload: unknown, renderContext: 'issue-view' | 'issue-create' = 'issue-view'): Promise<unknown> {
  const extension = {
    type: 'jira:customField',
    fieldId: 'customfield_10050',
    fieldType: 'ari:cloud:ecosystem::extension/mops/mops-budget',
    renderContext,
    entryPoint: 'edit',
    fieldValue: null,
    ...(renderContext === 'issue-view' ? { issue: { id: '10042', key: 'EVT-12', type: 'Task' } } : {}),
    project: { id: '10000', key: 'EVT', type: 'business' },
  };
  return resolver(
    { call: { functionKey: 'getBudgetFieldOptions', payload: payload as Record<string, unknown> }, context: { localId: 'ari:cloud:ecosystem::extension/mops', cloudId: '7c3e2f1a', moduleKey: 'mops-budget', extension } },
    { principal: { accountId: ANA.id }, installContext: INSTALL_CONTEXT },
  );
}

describe('getBudgetFieldOptions', () => {
  it('gives the edit form the base currency, the cost categories and the currencies with a rate, from one KVS read and no Jira call', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    forge.kv.resetCounts();

    expect(await callFromBudgetField({})).toEqual({
      ok: true,
      data: { baseCurrency: 'EUR', categories: DEFAULT_COST_CATEGORIES.map(({ id, label }) => ({ id, label })), currencies: ['EUR', 'GBP', 'PLN', 'USD'] },
    });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
    expect(forge.kv.counts().reads).toBe(1);
  });

  it('answers in the create dialog too, where there is no issue yet, with the organisation’s own categories', async () => {
    const forge = installFakeForge();
    const settings = tradeFairSettings();
    await forge.configure({
      ...settings,
      baseCurrency: 'PLN',
      exchangeRates: { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-11-01', rate: '4.2370' }, { currency: 'CZK', date: '2026-11-01', rate: '0.1690' }] },
      costCategories: [
        { id: 'events', label: 'Events' },
        { id: 'influencers', label: 'Influencers' },
      ],
    });

    expect(await callFromBudgetField({}, 'issue-create')).toEqual({
      ok: true,
      data: { baseCurrency: 'PLN', categories: [{ id: 'events', label: 'Events' }, { id: 'influencers', label: 'Influencers' }], currencies: ['PLN', 'CZK', 'EUR'] },
    });
  });

  it('says Mops is not set up until an admin saves the settings, and nothing else is needed for it', async () => {
    const forge = installFakeForge();
    expect(await callFromBudgetField({})).toEqual({
      ok: false,
      error: { kind: 'unavailable', message: 'Mops is not set up on this site yet (settings not saved): a Jira admin saves them on the Mops settings page' },
    });

    // Settings alone are enough: the Jira field map and people matter to automation, not to this form.
    await new ForgeSettingsStore({ kv: forge.kv, clock: forge.clock }).saveSettings(tradeFairSettings());
    expect(await callFromBudgetField({})).toMatchObject({ ok: true, data: { baseCurrency: 'EUR' } });
  });

  it('refuses a payload with anything in it, naming the field', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings());
    expect(await callFromBudgetField({ currency: 'EUR' })).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^getBudgetFieldOptions payload not accepted: \(payload\): .*currency/) },
    });
  });
});
