import type { LocalDate } from '../dates/local-date';
import type { CurrencyCode } from '../money/currency';
import { formatMoney } from './format-money';
import { addTotals, type ExactTotals, type MoneyTotals, toMoneyTotals, zeroTotals } from './money-totals';

/**
 * Money a line leaves out because its currency had no rate on the as-of date: which tasks, and how
 * much in their own currency. A report shows this next to the totals; it is never folded in as zero.
 */
export interface MissingRateExclusion {
  currency: CurrencyCode;
  date: LocalDate;
  taskIds: string[];
  /** What the excluded tasks hold, in minor units of `currency` (not the base currency). */
  excluded: MoneyTotals;
  message: string;
}

interface Pending {
  date: LocalDate;
  reason: string;
  taskIds: string[];
  taskKeys: string[];
  excluded: ExactTotals;
}

/** Missing-rate exclusions for one line, gathered currency by currency. */
export type MissingRateTally = Map<CurrencyCode, Pending>;

/**
 * Records that a task in `currency` was left out of a line's totals.
 * @example tallyMissingRate(tally, { id: 't9', key: 'WEB-9' }, 'GBP', '2026-03-31', 'No GBP to EUR exchange rate…', amounts)
 */
export function tallyMissingRate(
  tally: MissingRateTally,
  task: { id: string; key: string },
  currency: CurrencyCode,
  date: LocalDate,
  reason: string,
  original: ExactTotals,
): void {
  const pending = tally.get(currency) ?? { date, reason, taskIds: [], taskKeys: [], excluded: zeroTotals() };
  pending.taskIds.push(task.id);
  pending.taskKeys.push(task.key);
  addTotals(pending.excluded, original);
  tally.set(currency, pending);
}

const KEYS_NAMED_IN_MESSAGE = 5;

/**
 * Hands a line's exclusions out, one per currency in alphabetical order, each with a sentence a
 * person can act on.
 * @example finishMissingRates(tally, 'Campaign “Spring launch”')[0].message
 * // 'Left out of the totals: 1 task in GBP (WEB-9) with GBP 1,200.00 planned, GBP 0.00 committed, GBP 300.00 actual. No GBP to EUR exchange rate on or before 2026-03-31: …'
 */
export function finishMissingRates(tally: MissingRateTally, where: string): MissingRateExclusion[] {
  return [...tally]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, pending]) => {
      const excluded = toMoneyTotals(pending.excluded, `${where}, excluded ${currency}`);
      const count = pending.taskIds.length;
      const named = pending.taskKeys.slice(0, KEYS_NAMED_IN_MESSAGE).join(', ');
      const more = count > KEYS_NAMED_IN_MESSAGE ? ` and ${count - KEYS_NAMED_IN_MESSAGE} more` : '';
      const amounts = `${formatMoney(excluded.planned, currency)} planned, ${formatMoney(excluded.committed, currency)} committed, ${formatMoney(excluded.actual, currency)} actual`;
      return {
        currency,
        date: pending.date,
        taskIds: pending.taskIds,
        excluded,
        message: `Left out of the totals: ${count} ${count === 1 ? 'task' : 'tasks'} in ${currency} (${named}${more}) with ${amounts}. ${pending.reason}`,
      };
    });
}
