import { z } from 'zod';
import { BudgetLine } from '../../../core/budget/budget-line';
import { LocalDate } from '../../../core/dates/local-date';

const Id = z.string().trim().min(1).max(200);

/**
 * What a person fills in to create a task; the tracker chooses its id, key, status and creation time.
 * Unknown fields are refused rather than dropped, so a typo ("dueDat") is not silently lost.
 */
export const NewTask = z
  .object({
    projectId: Id,
    title: z.string().trim().min(1, { message: 'A task needs a title' }).max(255, { message: 'A title may have at most 255 characters' }),
    description: z.string().max(32_768).default(''),
    type: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'type must be a lower-case issue type such as "task", "webinar" or "email-campaign"' })
      .default('task'),
    teamId: Id.optional(),
    parentId: Id.optional(),
    assigneeId: Id.optional(),
    ownerId: Id.optional(),
    labels: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    components: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    startDate: LocalDate.optional(),
    dueDate: LocalDate.optional(),
    estimateMinutes: z.number().int().nonnegative().max(1_000_000).optional(),
    budget: BudgetLine.optional(),
    fields: z.record(z.string().min(1).max(100), z.string().max(2000)).default({}),
  })
  .strict()
  .refine((task) => task.startDate === undefined || task.dueDate === undefined || task.startDate <= task.dueDate, {
    path: ['dueDate'],
    error: (issue) => {
      const task = issue.input as { startDate?: string; dueDate?: string };
      return `dueDate ${task.dueDate} is before startDate ${task.startDate}; a task must end on or after the day it starts`;
    },
  });
export type NewTask = z.infer<typeof NewTask>;
export type NewTaskInput = z.input<typeof NewTask>;
