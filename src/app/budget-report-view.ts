import { z } from 'zod';
import { BudgetLevel, ThresholdRule } from '../core/budget/thresholds';
import { LocalDate } from '../core/dates/local-date';
import { CurrencyCode } from '../core/money/currency';

/*
 * The budget report as it crosses the wire (resolver answer → UI). The core describes BudgetReport
 * with interfaces, so this is the one schema both ends check it with: the Jira and local resolvers
 * before sending, the UI apps on arrival. It imports only the core, so browser bundles can use it.
 */

const Minor = z.number().int();
const Totals = z.object({ planned: Minor, committed: Minor, actual: Minor });
const RollupLevel = z.enum([...BudgetLevel.options, 'organisation']);

const MissingRateView = z.object({ currency: CurrencyCode, date: LocalDate, taskIds: z.array(z.string()), excluded: Totals, message: z.string() });

const BreakdownEntryView = Totals.extend({ id: z.string(), label: z.string() });

/** The same money cut by category, team and vendor; on project, portfolio and organisation lines. */
const BreakdownView = z.object({ byCategory: z.array(BreakdownEntryView), byTeam: z.array(BreakdownEntryView), byVendor: z.array(BreakdownEntryView) });

/**
 * A roll-up line. A task's own budget line passes through unchecked: it is in the task's currency and
 * its category is the organisation's, which a reader of the report does not need to know.
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
  missingRates: z.array(MissingRateView),
  budget: z.unknown().optional(),
  breakdown: BreakdownView.optional(),
});

const BudgetAlertView = z.object({
  kind: z.enum(['threshold-reached', 'spent-with-no-plan']),
  lineId: z.string().min(1),
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
  drivers: z.array(z.unknown()),
  missingRates: z.array(MissingRateView),
  message: z.string(),
});

export const BudgetReportView = z
  .object({
    rollup: z.object({
      base: CurrencyCode,
      asOf: LocalDate,
      rootId: z.string().min(1),
      order: z.array(z.string()),
      lines: z.record(z.string(), RollupLineView),
      problems: z.array(z.object({ kind: z.string(), message: z.string() })),
    }),
    alerts: z.array(BudgetAlertView),
  })
  .refine((report) => report.rollup.order.every((id) => report.rollup.lines[id] !== undefined), { message: 'rollup.order names a line that rollup.lines does not have' });
export type BudgetReportView = z.infer<typeof BudgetReportView>;
export type RollupLineView = z.infer<typeof RollupLineView>;
export type BudgetAlertView = z.infer<typeof BudgetAlertView>;
export type BreakdownEntryView = z.infer<typeof BreakdownEntryView>;
