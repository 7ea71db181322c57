import type Resolver from '@forge/resolver';
import { MopsNotConfiguredError } from '../composition';
import { budgetFieldOptions, BudgetFieldOptionsView } from './budget-field-options';
import { defineResolver } from './define-resolver';

/**
 * The budget field's edit form resolver: the organisation's base currency, cost categories and rated
 * currencies. One KVS read and no Jira call; anyone who can edit the field may read them, because
 * they are the same lists the field's values are checked against.
 * @example defineBudgetFieldResolvers(new Resolver())
 */
export function defineBudgetFieldResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'getBudgetFieldOptions', BudgetFieldOptionsView, async ({ mops }) => {
    const settings = await mops.settingsStore.loadSettings();
    if (!settings) throw new MopsNotConfiguredError(['settings']);
    return budgetFieldOptions(settings);
  });
}
