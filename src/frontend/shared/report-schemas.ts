import { z } from 'zod';
import type { BudgetReport } from '../../app/budget-report';
import { type CapacityReport, CapacityTaskSummary } from '../../app/capacity-report';
import type { CapacityView } from '../../hosts/jira/resolvers/views';
import { CapacityGrid } from '../../core/capacity/grid';
import { CellTasks } from '../../core/capacity/cell-tasks';
import { DoubleBooking } from '../../core/capacity/double-booking';
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

export { BudgetReportView, type BudgetAlertView, type BreakdownEntryView, type RollupLineView } from '../../app/budget-report-view';
import { BudgetReportView } from '../../app/budget-report-view';

/** Fails to compile if the core's BudgetReport drifts away from what this schema accepts. */
export type BudgetReportFitsView = Accepts<z.input<typeof BudgetReportView>, BudgetReport>;
