import type { CurrencyCode } from '../money/currency';
import type { AlertDriver } from './alert-drivers';
import { formatMoney } from './format-money';
import type { MissingRateExclusion } from './missing-rates';
import { describeLine, type RollupLine } from './rollup-line';

export interface AlertFacts {
  line: Pick<RollupLine, 'id' | 'level' | 'name'>;
  metric: 'committed' | 'actual';
  percentOfPlanned: number;
  planned: number;
  value: number;
  overBy: number;
  /** null when nothing was planned. */
  percentReachedBasisPoints: number | null;
  drivers: AlertDriver[];
  missingRates: MissingRateExclusion[];
  currency: CurrencyCode;
}

function howFarPast(facts: AlertFacts): string {
  const overBy = formatMoney(facts.overBy, facts.currency);
  if (facts.overBy === 0) return `reaching the ${facts.percentOfPlanned}% threshold`;
  if (facts.percentOfPlanned === 100) return `over by ${overBy}`;
  return `${overBy} past the ${facts.percentOfPlanned}% threshold`;
}

function mainDriver(facts: AlertFacts): string {
  // "Most from" points below the line; a task's own money is already what the sentence is about.
  const top = facts.drivers.find((driver) => driver.lineId !== facts.line.id);
  if (top === undefined) return '';
  return `; most from ${top.key} ${top.title} (${formatMoney(top.value, facts.currency)})`;
}

function exclusions(facts: AlertFacts): string {
  if (facts.missingRates.length === 0) return '';
  const parts = facts.missingRates.map(
    (missing) => `${missing.taskIds.length} ${missing.taskIds.length === 1 ? 'task' : 'tasks'} in ${missing.currency}`,
  );
  const date = facts.missingRates[0]?.date ?? '';
  return `; excludes ${parts.join(' and ')} with no exchange rate on or before ${date}`;
}

/**
 * The one line a person reads in a digest or panel: where, how far, how much, and who spent it.
 * Whole percentages are rounded down so a message never claims a threshold that was not reached.
 * @example alertMessage({ line: { id: 'task:spring', level: 'campaign', name: 'Spring launch' }, metric: 'actual', percentOfPlanned: 100, planned: 5000000, value: 5600000, overBy: 600000, percentReachedBasisPoints: 11200, drivers, missingRates: [], currency: 'EUR' })
 * // 'Campaign “Spring launch” actual is 112% of planned (EUR 56,000.00 of EUR 50,000.00, over by EUR 6,000.00); most from WEB-12 Video shoot (EUR 9,500.00)'
 */
export function alertMessage(facts: AlertFacts): string {
  const where = describeLine(facts.line);
  const value = formatMoney(facts.value, facts.currency);
  if (facts.percentReachedBasisPoints === null) {
    const spent = facts.metric === 'actual' ? 'actual spend' : 'committed';
    return `${where} has ${value} ${spent} with no planned budget${mainDriver(facts)}${exclusions(facts)}`;
  }
  const percent = Math.floor(facts.percentReachedBasisPoints / 100);
  const planned = formatMoney(facts.planned, facts.currency);
  return `${where} ${facts.metric} is ${percent}% of planned (${value} of ${planned}, ${howFarPast(facts)})${mainDriver(facts)}${exclusions(facts)}`;
}
