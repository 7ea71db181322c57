import { z } from 'zod';
import type { BudgetReport } from '../../app/budget-report';
import { type CapacityReport, CapacityTaskSummary } from '../../app/capacity-report';
import type { CapacityView } from '../../hosts/jira/resolvers/views';
import { BudgetLevel, ThresholdRule } from '../../core/budget/thresholds';
import { CapacityGrid } from '../../core/capacity/grid';
import { CellTasks } from '../../core/capacity/cell-tasks';
import { DoubleBooking } from '../../core/capacity/double-booking';
import { LocalDate } from '../../core/dates/local-date';
import { CurrencyCode } from '../../core/money/currency';
import type { Accepts } from './schema-fit';

/** getCapacity's answer: the core's own schemas, assembled the way CapacityReport is. */
export const CapacityReportView = z.object({
  grid: CapacityGrid,
  doubleBookings: z.array(DoubleBooking),
  cellTasks: z.array(CellTasks),
  tasks: z.record(z.string(), CapacityTaskSummary),
});
export type CapacityReportView = z.infer<typeof CapacityReportView>;
export type CapacityReportFitsView = Accepts<z.input<typeof CapacityReportView>, CapacityReport | CapacityView>;

const Minor = z.number().int();
const Totals = z.object({ planned: Minor, committed: Minor, actual: Minor });
const RollupLevel = z.enum([...BudgetLevel.options, 'organisation']);

const MissingRate = z.object({ currency: CurrencyCode, date: LocalDate, taskIds: z.array(z.string()), excluded: Totals, message: z.string() });

const BreakdownEntryView = Totals.extend({ id: z.string(), label: z.string() });
/** The same money cut by category, team and vendor; on project, portfolio and organisation lines. */
const BreakdownView = z.object({ byCategory: z.array(BreakdownEntryView), byTeam: z.array(BreakdownEntryView), byVendor: z.array(BreakdownEntryView) });

/**
 * The parts of a budget roll-up line the project page reads. The core describes BudgetReport with
 * interfaces, not zod, so the page checks what it relies on here. A line's own `budget` is left out
 * on purpose: it is in the task's currency and validated against the organisation's categories,
 * which this page does not know.
 */
const RollupLineView = z.object({
  id: z.string().min(1),
  level: RollupLevel,
  entityId: z.string(),
  name: z.string(),
  key: z.string().optional(),
  parentId: z.string().optional(),
  childIds: z.array(z.string()),
  own: Totals,
  total: Totals,
  missingRates: z.array(MissingRate),
  breakdown: BreakdownView.optional(),
});

const BudgetAlertView = z.object({
  kind: z.enum(['threshold-reached', 'spent-with-no-plan']),
  lineId: z.string(),
  entityId: z.string(),
  name: z.string(),
  level: RollupLevel,
  key: z.string().optional(),
  rule: ThresholdRule,
  currency: CurrencyCode,
  planned: Minor,
  value: Minor,
  thresholdAmount: Minor,
  percentReachedBasisPoints: z.number().int().nullable(),
  overBy: Minor,
  message: z.string(),
});

/** getBudgetReport's answer, as far as the project page reads it. */
export const BudgetReportView = z.object({
  rollup: z.object({
    base: CurrencyCode,
    asOf: LocalDate,
    rootId: z.string(),
    order: z.array(z.string()),
    lines: z.record(z.string(), RollupLineView),
  }),
  alerts: z.array(BudgetAlertView),
});
export type BudgetReportView = z.infer<typeof BudgetReportView>;
export type RollupLineView = z.infer<typeof RollupLineView>;
export type BudgetAlertView = z.infer<typeof BudgetAlertView>;
export type BreakdownEntryView = z.infer<typeof BreakdownEntryView>;

/** Fails to compile if the core's BudgetReport drifts away from what this schema accepts. */
export type BudgetReportFitsView = Accepts<z.input<typeof BudgetReportView>, BudgetReport>;
