import type { LocalDate } from '../core/dates/local-date';
import { convertToBaseExact } from '../core/money/convert';
import type { ExchangeRateTable } from '../core/money/exchange-rates';
import type { Task } from '../core/task/task';
import type { UnconvertedBudget } from './duplicates-report-view';

/** What merging a cluster's work would save, and what could not be counted. */
export interface MoneyAtStake {
  /** Integer minor units of the base currency. */
  moneyAtStake: number;
  largestTaskId: string | null;
  /** Task id → planned budget in base minor units; absent for tasks with no budget or no rate. */
  plannedInBase: Map<string, number>;
  unconverted: UnconvertedBudget[];
}

/**
 * The money at stake in work done more than once: the planned budgets of all the copies, in the base
 * currency, except the largest one (the copy that would be kept). A budget in a currency with no rate
 * on `asOf` is listed in `unconverted` and left out, never counted at a guessed value. Tasks `counts`
 * turns down (work only attached to the copies) are put into the base currency for `plannedInBase`
 * and nothing else, so one pass over a cluster serves both.
 * @example moneyAtStake([{ id: 'a', key: 'BRD-1', budget: eur500 }, { id: 'b', key: 'ATL-2', budget: eur800 }], rates, '2026-11-23') // { moneyAtStake: 50000, largestTaskId: 'b', … }
 */
export function moneyAtStake(
  tasks: readonly Pick<Task, 'id' | 'key' | 'budget'>[],
  rates: ExchangeRateTable,
  asOf: LocalDate,
  counts: (taskId: string) => boolean = () => true,
): MoneyAtStake {
  const plannedInBase = new Map<string, number>();
  const unconverted: UnconvertedBudget[] = [];
  let total = 0n;
  let largest: { id: string; minor: bigint } | null = null;
  for (const task of tasks) {
    const budget = task.budget;
    if (budget === undefined) continue;
    const counted = counts(task.id);
    const converted = convertToBaseExact(BigInt(budget.planned), budget.currency, rates, asOf);
    if (!converted.ok) {
      if (counted) unconverted.push({ taskId: task.id, key: task.key, currency: budget.currency, amount: budget.planned, message: converted.error.message });
      continue;
    }
    plannedInBase.set(task.id, Number(converted.minor));
    if (!counted) continue;
    total += converted.minor;
    // Ties keep the first: members arrive in a stable order, so the answer does too.
    if (largest === null || converted.minor > largest.minor) largest = { id: task.id, minor: converted.minor };
  }
  return { moneyAtStake: Number(total - (largest?.minor ?? 0n)), largestTaskId: largest?.id ?? null, plannedInBase, unconverted };
}
