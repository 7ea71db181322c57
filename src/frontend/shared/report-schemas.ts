import { z } from 'zod';
import type { BudgetReport } from '../../app/budget-report';
import type { Accepts } from './schema-fit';

/** getCapacity's answer: the use case's own schema. */
export { CapacityReport as CapacityReportView } from '../../app/capacity-report';

export { BudgetReportView, type BudgetAlertView, type BreakdownEntryView, type RollupLineView } from '../../app/budget-report-view';
import { BudgetReportView } from '../../app/budget-report-view';

/** Fails to compile if the core's BudgetReport drifts away from what this schema accepts. */
export type BudgetReportFitsView = Accepts<z.input<typeof BudgetReportView>, BudgetReport>;
