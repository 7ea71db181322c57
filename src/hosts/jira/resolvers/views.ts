import { z } from 'zod';
import { AccountFieldHost } from '../../../app/admin-people-form';
import { LinkKind } from '../../../app/ports/link-kind';
import { Person } from '../../../core/capacity/calendar';
import { Settings } from '../../../core/settings/settings';
import { WeeklyDigest } from '../schedules/weekly-digest-record';
import { BackfillPosition } from '../storage';
import { JiraTrackerSettings } from '../tracker/settings';

/*
 * What each resolver answers inside `{ ok: true, data }`. Every answer is checked against its schema
 * before it leaves the resolver; the UI may check it again on arrival.
 *
 *   getIssuePanel      → IssuePanelView (src/app/issue-panel.ts)
 *   linkDuplicate      → LinkedView
 *   dismissDuplicate   → DismissedView
 *   getCapacity        → CapacityView     ({ grid, doubleBookings, cellTasks, tasks }, as src/app/capacity-report.ts)
 *   getBudgetReport    → BudgetReportView ({ rollup, alerts }, as src/app/budget-report.ts)
 *   getDuplicatesReport → DuplicatesReportView (src/app/duplicates-report-view.ts)
 *   getAdminSettings, saveAdminSettings, saveJiraSetup, savePeople → AdminSettingsView
 *   getBudgetFieldOptions → BudgetFieldOptionsView (budget-field-options.ts, shared with the UI)
 *   saveTaskBudget     → SavedBudgetView (src/app/edit-task-budget-view.ts, shared with the UI)
 */

export { IssuePanelView } from '../../../app/issue-panel';
export { SavedBudgetView } from '../../../app/edit-task-budget-view';
export { BudgetFieldOptionsView } from './budget-field-options';

export const LinkedView = z.object({ taskId: z.string().min(1), otherTaskId: z.string().min(1), kind: LinkKind, linked: z.literal(true) });
export type LinkedView = z.infer<typeof LinkedView>;

export const DismissedView = z.object({ taskId: z.string().min(1), otherTaskId: z.string().min(1), dismissed: z.literal(true) });
export type DismissedView = z.infer<typeof DismissedView>;

export { CapacityReport as CapacityView } from '../../../app/capacity-report';

export { BudgetReportView } from '../../../app/budget-report-view';

export { DuplicatesReportView } from '../../../app/duplicates-report-view';

/** Everything the admin page shows: what is configured, how the backfill is going, the latest digest. */
export const AdminSettingsView = z.object({
  /** Null until an admin saves settings for the first time. */
  settings: Settings.nullable(),
  people: z.array(Person),
  /** The hosts running here whose account of a person the admin links (['asana'] with the Asana module on); none in Jira. */
  accountHosts: z.array(AccountFieldHost),
  /** How this site's fields map onto Mops; null until saved. */
  jira: JiraTrackerSettings.nullable(),
  /** Indexing of the issues that existed before Mops; null until the Jira setup is first saved. */
  backfill: BackfillPosition.nullable(),
  digest: WeeklyDigest.nullable(),
});
export type AdminSettingsView = z.infer<typeof AdminSettingsView>;
