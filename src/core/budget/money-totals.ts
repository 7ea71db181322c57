import type { BudgetAmountField } from './budget-line';

/** The three amounts every budget report line carries, in minor units of one currency. */
export interface MoneyTotals {
  planned: number;
  committed: number;
  actual: number;
}

/** The same three amounts while they are being summed: bigint, so no sum can silently lose a cent. */
export interface ExactTotals {
  planned: bigint;
  committed: bigint;
  actual: bigint;
}

export const BUDGET_AMOUNT_FIELDS: readonly BudgetAmountField[] = ['planned', 'committed', 'actual'];

/**
 * Three zeros, as a fresh object the caller may add into.
 * @example addTotals(zeroTotals(), lineAmounts) // a copy of lineAmounts
 */
export function zeroTotals(): ExactTotals {
  return { planned: 0n, committed: 0n, actual: 0n };
}

/**
 * Adds `amounts` into `into` in place and returns it, so roll-ups can accumulate without copying.
 * @example addTotals(zeroTotals(), { planned: 500n, committed: 0n, actual: 120n }) // { planned: 500n, committed: 0n, actual: 120n }
 */
export function addTotals(into: ExactTotals, amounts: ExactTotals): ExactTotals {
  into.planned += amounts.planned;
  into.committed += amounts.committed;
  into.actual += amounts.actual;
  return into;
}

/**
 * Hands exact totals out as plain numbers, refusing (with the place and field named) any amount a
 * JavaScript number cannot hold exactly, instead of rounding it without a word.
 * @example toMoneyTotals({ planned: 500n, committed: 0n, actual: 120n }, 'Project “Web”') // { planned: 500, committed: 0, actual: 120 }
 */
export function toMoneyTotals(exact: ExactTotals, where: string): MoneyTotals {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  for (const field of BUDGET_AMOUNT_FIELDS) {
    const value = exact[field];
    if (value > limit || value < -limit) {
      throw new RangeError(
        `${where}: ${field} adds up to ${value} minor units, beyond ${Number.MAX_SAFE_INTEGER}, the largest amount a number holds exactly; ` +
          'check the line for a unit mix-up or report on a smaller part of the tree',
      );
    }
  }
  return { planned: Number(exact.planned), committed: Number(exact.committed), actual: Number(exact.actual) };
}
