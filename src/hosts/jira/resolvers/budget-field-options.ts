import { z } from 'zod';
import { CostCategory } from '../../../core/budget/categories';
import { CurrencyCode } from '../../../core/money/currency';
import type { Settings } from '../../../core/settings/settings';

/**
 * What the budget field's edit form needs from the organisation's settings. Pure zod and core types
 * only, so the UI Kit bundle can check the answer with this very schema.
 */
export const BudgetFieldOptionsView = z
  .object({
    baseCurrency: CurrencyCode,
    /** The organisation's cost categories, in the order admins listed them. */
    categories: z.array(CostCategory).min(1, { message: 'The organisation has no cost categories' }),
    /** The base currency first, then every currency with an exchange rate, A to Z. */
    currencies: z.array(CurrencyCode).min(1),
  })
  .refine((options) => options.currencies[0] === options.baseCurrency, { message: 'currencies must start with the base currency', path: ['currencies'] });
export type BudgetFieldOptionsView = z.infer<typeof BudgetFieldOptionsView>;

/**
 * The currencies and categories a person may budget in. Only currencies that roll up are offered: the
 * base currency and those with an exchange rate, because a budget in any other currency would be left
 * out of every campaign total until an admin adds its rate.
 * @example budgetFieldOptions(settings) // { baseCurrency: 'EUR', categories: [{ id: 'media', label: 'Media' }, …], currencies: ['EUR', 'GBP', 'PLN', 'USD'] }
 */
export function budgetFieldOptions(settings: Settings): BudgetFieldOptionsView {
  const rated = new Set(settings.exchangeRates.rates.map((rate) => rate.currency));
  rated.delete(settings.baseCurrency);
  return {
    baseCurrency: settings.baseCurrency,
    categories: settings.costCategories.map(({ id, label }) => ({ id, label })),
    currencies: [settings.baseCurrency, ...[...rated].sort()],
  };
}
