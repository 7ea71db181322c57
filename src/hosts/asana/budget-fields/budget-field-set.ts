import { z } from 'zod';
import { CurrencyCode } from '../../../core/money/currency';
import { Gid } from '../api/responses';

/**
 * Mops' native budget fields in one Asana workspace for one currency: three currency-formatted number
 * fields (an Asana currency field has one `currency_code`, so each budget currency has its own three)
 * and the cost-category enum they share, with the enum option standing for each Mops category id.
 */
export const AsanaBudgetFields = z.object({
  currency: CurrencyCode,
  planned: Gid,
  committed: Gid,
  actual: Gid,
  category: z.object({
    gid: Gid,
    /** Mops cost category id → the enum option's gid. */
    options: z.record(z.string(), Gid),
  }),
});
export type AsanaBudgetFields = z.infer<typeof AsanaBudgetFields>;

export type BudgetAmountName = 'planned' | 'committed' | 'actual';
export const BUDGET_AMOUNTS: readonly BudgetAmountName[] = ['planned', 'committed', 'actual'];

/** The name of the shared cost-category enum field. */
export const CATEGORY_FIELD_NAME = 'Mops cost category';

/**
 * The name Mops gives (and looks up) an amount field, per currency so a workspace can budget in several.
 * @example budgetFieldName('planned', 'EUR') // 'Mops planned (EUR)'
 */
export function budgetFieldName(amount: BudgetAmountName, currency: CurrencyCode): string {
  return `Mops ${amount} (${currency})`;
}
