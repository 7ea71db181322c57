import { divideHalfEven } from '../money/convert';
import type { CurrencyCode } from '../money/currency';
import { type AlertDriver, alertDrivers } from './alert-drivers';
import { alertMessage } from './alert-message';
import type { MissingRateExclusion } from './missing-rates';
import type { BudgetRollup, RollupLevel } from './rollup-line';
import type { ThresholdRule } from './thresholds';

/** A line whose committed or actual money reached a rule's share of its plan, or was spent with none. */
export interface BudgetAlert {
  kind: 'threshold-reached' | 'spent-with-no-plan';
  lineId: string;
  entityId: string;
  name: string;
  level: RollupLevel;
  key?: string;
  rule: ThresholdRule;
  currency: CurrencyCode;
  /** Base minor units, as on the roll-up line. */
  planned: number;
  value: number;
  /** percentOfPlanned % of planned, rounded half to even to a base minor unit; 0 with no plan. */
  thresholdAmount: number;
  /** value ÷ planned in basis points (10000 = 100%), rounded down; null when nothing was planned. */
  percentReachedBasisPoints: number | null;
  /** value − thresholdAmount, base minor units; never negative. */
  overBy: number;
  drivers: AlertDriver[];
  /** Money under the line that could not be converted, so the alert may understate. */
  missingRates: MissingRateExclusion[];
  message: string;
}

const ALL_LEVELS: readonly RollupLevel[] = ['task', 'epic', 'campaign', 'project', 'portfolio', 'organisation'];

function basisPoints(value: number, planned: number): number {
  const points = (BigInt(value) * 10000n) / BigInt(planned);
  if (points > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`A value of ${value} against a plan of ${planned} minor units is too large a share to report in basis points`);
  }
  return Number(points);
}

/**
 * Checks every roll-up line at each rule's levels (every level, the organisation included, when the
 * rule names none). A line alerts when its total committed or actual is at least `percentOfPlanned` %
 * of its total planned; with nothing planned, any committed or actual money alerts as "spent with no
 * plan". Alerts come in tree order, rules in the order given, each with its top drivers and a message.
 * @example budgetAlerts(rollup, [{ id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['campaign'] }])[0].message
 * // 'Campaign “Spring launch” actual is 112% of planned (EUR 56,000.00 of EUR 50,000.00, over by EUR 6,000.00); most from WEB-12 Video shoot (EUR 9,500.00)'
 */
export function budgetAlerts(rollup: BudgetRollup, rules: readonly ThresholdRule[]): BudgetAlert[] {
  const alerts: BudgetAlert[] = [];
  for (const lineId of rollup.order) {
    const line = rollup.lines[lineId];
    if (line === undefined) continue;
    for (const rule of rules) {
      const levels: readonly RollupLevel[] = rule.levels ?? ALL_LEVELS;
      if (!levels.includes(line.level)) continue;
      const planned = line.total.planned;
      const value = line.total[rule.metric];
      const hasPlan = planned > 0;
      // Compared as value × 100 ≥ percent × planned so no fraction is ever formed.
      const reached = hasPlan ? BigInt(value) * 100n >= BigInt(rule.percentOfPlanned) * BigInt(planned) : value > 0;
      if (!reached) continue;
      const thresholdAmount = hasPlan ? Number(divideHalfEven(BigInt(rule.percentOfPlanned) * BigInt(planned), 100n)) : 0;
      const percentReachedBasisPoints = hasPlan ? basisPoints(value, planned) : null;
      const overBy = value - thresholdAmount;
      const drivers = alertDrivers(rollup, line.id, rule.metric, rule.percentOfPlanned >= 100);
      const alert: BudgetAlert = {
        kind: hasPlan ? 'threshold-reached' : 'spent-with-no-plan',
        lineId: line.id,
        entityId: line.entityId,
        name: line.name,
        level: line.level,
        rule,
        currency: rollup.base,
        planned,
        value,
        thresholdAmount,
        percentReachedBasisPoints,
        overBy,
        drivers,
        missingRates: line.missingRates,
        message: alertMessage({
          line,
          metric: rule.metric,
          percentOfPlanned: rule.percentOfPlanned,
          planned,
          value,
          overBy,
          percentReachedBasisPoints,
          drivers,
          missingRates: line.missingRates,
          currency: rollup.base,
        }),
      };
      if (line.key !== undefined) alert.key = line.key;
      alerts.push(alert);
    }
  }
  return alerts;
}
