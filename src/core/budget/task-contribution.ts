import type { LocalDate } from '../dates/local-date';
import { convertToBaseExact, type MissingRateError } from '../money/convert';
import type { ExchangeRateTable } from '../money/exchange-rates';
import type { Task } from '../task/task';
import { BUDGET_AMOUNT_FIELDS, type ExactTotals, zeroTotals } from './money-totals';

/** What one task's own budget adds to the roll-up. */
export type TaskContribution =
  | { kind: 'no-budget' }
  | { kind: 'converted'; base: ExactTotals }
  | { kind: 'missing-rate'; error: MissingRateError; original: ExactTotals };

/**
 * Converts a task's planned, committed and actual amounts into the base currency at the rate in force
 * on `asOf`. Without a rate the task contributes nothing and says so, keeping its original amounts so
 * the report can show what was left out.
 * @example taskContribution(webinarWithEur500Plan, { base: 'PLN', rates: [{ currency: 'EUR', date: '2026-01-01', rate: '4.25' }] }, '2026-02-01')
 * // { kind: 'converted', base: { planned: 212500n, committed: 0n, actual: 0n } }
 */
export function taskContribution(task: Pick<Task, 'budget'>, rates: ExchangeRateTable, asOf: LocalDate): TaskContribution {
  const budget = task.budget;
  if (budget === undefined) return { kind: 'no-budget' };
  const original: ExactTotals = { planned: BigInt(budget.planned), committed: BigInt(budget.committed), actual: BigInt(budget.actual) };
  const base = zeroTotals();
  for (const field of BUDGET_AMOUNT_FIELDS) {
    const converted = convertToBaseExact(original[field], budget.currency, rates, asOf);
    if (!converted.ok) return { kind: 'missing-rate', error: converted.error, original };
    base[field] = converted.minor;
  }
  return { kind: 'converted', base };
}
