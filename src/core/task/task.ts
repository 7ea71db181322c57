import { z } from 'zod';
import { BudgetLine } from '../budget/budget-line';
import { Instant, LocalDate } from '../dates/local-date';

/** The three status categories every tracker maps its statuses onto (Jira's To Do / In Progress / Done). */
export const StatusCategory = z.enum(['todo', 'in_progress', 'done']);
export type StatusCategory = z.infer<typeof StatusCategory>;

/** The template version a task was planned from, and for subtasks the step they were created for. */
export const TemplateRef = z.object({
  templateId: z.string().min(1),
  version: z.number().int().positive(),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

/**
 * A task as Mops sees it, whichever tracker it lives in. Host adapters map Jira issues and Asana tasks
 * onto this shape; the core reads nothing else.
 */
export const Task = z.object({
  id: z.string().min(1),
  /** What people type and read: "WEB-12" in Jira, the task name's short id in Asana. */
  key: z.string().min(1),
  title: z.string(),
  description: z.string().default(''),
  projectId: z.string().min(1),
  /** The team doing the work (an in-house team or an agency). */
  teamId: z.string().min(1).optional(),
  /** Parent in the tree task → epic/campaign → project; absent for top-level tasks. */
  parentId: z.string().min(1).optional(),
  /** Host issue type, lower case: "task", "epic", "campaign", "subtask", "webinar"… */
  type: z.string().min(1),
  labels: z.array(z.string()).default([]),
  components: z.array(z.string()).default([]),
  status: z.string().min(1),
  statusCategory: StatusCategory,
  assigneeId: z.string().min(1).optional(),
  /** The accountable person, which may differ from whoever does the work. */
  ownerId: z.string().min(1).optional(),
  createdAt: Instant,
  startDate: LocalDate.optional(),
  dueDate: LocalDate.optional(),
  /** Original estimate and remaining effort, in whole minutes. */
  estimateMinutes: z.number().int().nonnegative().optional(),
  remainingMinutes: z.number().int().nonnegative().optional(),
  budget: BudgetLine.optional(),
  /** Free-form fields that templates may require, e.g. { kpi: "300 registrations" }. */
  fields: z.record(z.string(), z.string()).default({}),
  /** Set on tasks a template was applied to. */
  template: TemplateRef.optional(),
  /** Set on subtasks created from a template step: the step's id, so re-applying never duplicates it. */
  templateStepId: z.string().min(1).optional(),
});
export type Task = z.infer<typeof Task>;
export type TaskInput = z.input<typeof Task>;
