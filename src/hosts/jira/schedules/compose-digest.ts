import type { BudgetReport } from '../../../app/budget-report';
import type { CapacityReport } from '../../../app/capacity-report';
import type { BudgetAlert } from '../../../core/budget/alerts';
import type { CurrencyCode } from '../../../core/money/currency';
import type { DigestBudgetAlert, DigestOverAllocation, WeeklyDigest } from './weekly-digest-record';

/** Entries kept per list: with messages, a few hundred fit comfortably in one 240 KiB KVS value. */
export const DIGEST_LIST_LIMIT = 200;

export interface DigestInput {
  isoWeek: string;
  asOf: string;
  generatedAt: string;
  complete: boolean;
  tasksRead: number;
  baseCurrency: CurrencyCode;
  budget: BudgetReport;
  capacity: CapacityReport;
  commented: WeeklyDigest['commented'];
  commentsDeferred: number;
}

function digestAlert(alert: BudgetAlert): DigestBudgetAlert {
  const { lineId, level, name, key, rule, planned, value, percentReachedBasisPoints, overBy, message } = alert;
  return { lineId, level, name, ...(key ? { key } : {}), rule, planned, value, percentReachedBasisPoints, overBy, message };
}

/** Every person-week over capacity in the horizon, most over first. */
function overAllocated(capacity: CapacityReport): DigestOverAllocation[] {
  const found: DigestOverAllocation[] = [];
  for (const row of capacity.grid.people) {
    row.cells.forEach((cell, index) => {
      const week = capacity.grid.weeks[index];
      if (!cell.overAllocated || !week) return;
      found.push({ personId: row.personId, name: row.name, teamId: row.teamId, isoWeek: week.isoWeek, allocatedMinutes: cell.allocatedMinutes, availableMinutes: cell.availableMinutes });
    });
  }
  return found.sort((a, b) => b.allocatedMinutes - b.availableMinutes - (a.allocatedMinutes - a.availableMinutes) || a.isoWeek.localeCompare(b.isoWeek));
}

/**
 * The week's digest from the organisation's budget and capacity reports: alerts, person-weeks over
 * capacity, double bookings and the roll-up's problems, each list capped with a count of what was left out.
 * @example composeDigest({ isoWeek: '2026-W48', budget, capacity, … }).overAllocated[0] // { personId: 'ana', isoWeek: '2026-W49', allocatedMinutes: 2880, availableMinutes: 2400, … }
 */
export function composeDigest(input: DigestInput): WeeklyDigest {
  const alerts = input.budget.alerts.map(digestAlert);
  const over = overAllocated(input.capacity);
  const doubleBookings = input.capacity.doubleBookings;
  const problems = input.budget.rollup.problems.map((problem) => problem.message);
  if (!input.complete) problems.unshift(`Only the first ${input.tasksRead} issues could be read in one run; totals and alerts may understate`);
  return {
    schemaVersion: 1,
    isoWeek: input.isoWeek,
    asOf: input.asOf,
    generatedAt: input.generatedAt,
    complete: input.complete,
    tasksRead: input.tasksRead,
    baseCurrency: input.baseCurrency,
    budgetAlerts: alerts.slice(0, DIGEST_LIST_LIMIT),
    overAllocated: over.slice(0, DIGEST_LIST_LIMIT),
    doubleBookings: doubleBookings.slice(0, DIGEST_LIST_LIMIT),
    leftOut: {
      budgetAlerts: Math.max(0, alerts.length - DIGEST_LIST_LIMIT),
      overAllocated: Math.max(0, over.length - DIGEST_LIST_LIMIT),
      doubleBookings: Math.max(0, doubleBookings.length - DIGEST_LIST_LIMIT),
    },
    commented: input.commented,
    commentsDeferred: input.commentsDeferred,
    problems: problems.slice(0, DIGEST_LIST_LIMIT),
  };
}
