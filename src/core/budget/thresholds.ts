import { z } from 'zod';

/** Tree levels a budget rolls up through. */
export const BudgetLevel = z.enum(['task', 'epic', 'campaign', 'project', 'portfolio']);
export type BudgetLevel = z.infer<typeof BudgetLevel>;

/**
 * "Alert when `metric` reaches `percentOfPlanned` % of planned" at the listed levels (all when absent).
 * E.g. { metric: 'actual', percentOfPlanned: 100 } flags overruns; 90 gives an early warning.
 */
export const ThresholdRule = z.object({
  id: z.string().min(1),
  metric: z.enum(['committed', 'actual']),
  percentOfPlanned: z.number().int().positive().max(1000),
  levels: z.array(BudgetLevel).optional(),
});
export type ThresholdRule = z.infer<typeof ThresholdRule>;
