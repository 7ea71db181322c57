import { z } from 'zod';
import { CurrencyCode } from '../money/currency';
import { MinorUnits, MAX_MAJOR_UNITS, maxMinorUnits } from '../money/amount';
import { type CostCategory, DEFAULT_COST_CATEGORIES } from './categories';

const AMOUNT_FIELDS = ['planned', 'committed', 'actual'] as const;
export type BudgetAmountField = (typeof AMOUNT_FIELDS)[number];

const budgetLineShape = z.object({
  planned: MinorUnits,
  committed: MinorUnits,
  actual: MinorUnits,
  currency: CurrencyCode,
  category: z.string().min(1, { message: 'Cost category is required' }),
  /** Outside agency or supplier the money goes to; absent for in-house spend. */
  vendor: z.string().min(1).optional(),
});

function checkMaximums(line: z.infer<typeof budgetLineShape>, ctx: z.RefinementCtx): void {
  if (!CurrencyCode.safeParse(line.currency).success) return;
  const max = maxMinorUnits(line.currency);
  for (const field of AMOUNT_FIELDS) {
    if (line[field] > max) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} is over the maximum of ${MAX_MAJOR_UNITS.toLocaleString('en')} ${line.currency} (${max} minor units)`,
      });
    }
  }
}

/**
 * The money on one task: planned, committed and actual, in minor units of one currency. Any category
 * id is accepted here, because which ones exist is the organisation's setting: where the settings are
 * at hand (edits, imports, host fields) use `budgetLineSchema(categories)`.
 */
export const BudgetLine = budgetLineShape.superRefine(checkMaximums);
export type BudgetLine = z.infer<typeof budgetLineShape>;

/** A budget line whose category must be one of the organisation's cost categories. */
export function budgetLineSchema(categories: readonly CostCategory[] = DEFAULT_COST_CATEGORIES) {
  const known = new Set(categories.map((category) => category.id));
  return budgetLineShape.superRefine((line, ctx) => {
    if (!known.has(line.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `Unknown cost category "${line.category}"; expected one of: ${[...known].join(', ')}`,
      });
    }
    checkMaximums(line, ctx);
  });
}
