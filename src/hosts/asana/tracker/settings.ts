import { z } from 'zod';
import { Gid } from '../api/responses';
import { AsanaBudgetFields } from '../budget-fields/budget-field-set';

/** How one Asana workspace is wired to Mops, as the app server keeps it per connection. */
export const AsanaTrackerSettings = z.object({
  workspaceGid: Gid,
  /** The projects Mops watches: searched when a query names no project. */
  projectGids: z.array(Gid).default([]),
  /** Mops' budget fields, one set per budget currency (see ensureBudgetFields). */
  budgetFields: z.array(AsanaBudgetFields).default([]),
  /** Template field name → gid of an Asana text custom field, e.g. { kpi: "1205000000000001" }. */
  textFields: z.record(z.string(), Gid).default({}),
  /** A number custom field holding the estimate in minutes (Asana's "Estimated time" fields do). */
  estimateField: Gid.optional(),
  /** Section names (any case) that mean the work has started; other open tasks are "to do". */
  inProgressSections: z.array(z.string().min(1)).default(['In progress', 'Doing']),
  /** Tasks per page when listing a project, at most Asana's 100. */
  pageSize: z.number().int().min(1).max(100).default(100),
  /**
   * How template subtasks are created. "batch": up to ten per `POST /batch` call, which Asana runs in
   * parallel, so their order under the parent is not guaranteed; "one-by-one": one
   * `POST /tasks/{gid}/subtasks` per step, in template order.
   */
  subtaskCreation: z.enum(['batch', 'one-by-one']).default('batch'),
});
export type AsanaTrackerSettings = z.infer<typeof AsanaTrackerSettings>;
export type AsanaTrackerSettingsInput = z.input<typeof AsanaTrackerSettings>;
