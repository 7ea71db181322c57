import { z } from 'zod';
import { BudgetLine } from '../core/budget/budget-line';
import { PanelBudget } from './issue-panel';

/*
 * The budget edit as it crosses the wire (panel → saveTaskBudget resolver → panel). Pure zod and core
 * types, so the Custom UI bundle checks the answer with the very schema the resolvers send it with.
 */

/**
 * What the panel sends: the new budget in minor units (the form has already read the typed decimals),
 * and the budget the person started editing from — null when the task had none — so a change made
 * by someone else in the meantime is noticed instead of overwritten.
 */
export const BudgetEdit = z
  .object({
    budget: BudgetLine,
    expected: BudgetLine.nullable(),
  })
  .strict();
export type BudgetEdit = z.infer<typeof BudgetEdit>;

/**
 * The answer: the saved budget as the panel shows it, or why nothing was written because the stored
 * budget is no longer the one the person started from.
 */
export const SavedBudgetView = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), taskId: z.string().min(1), budget: PanelBudget }),
  z.object({
    saved: z.literal(false),
    reason: z.literal('changed-elsewhere'),
    taskId: z.string().min(1),
    /** The budget as it is stored now; null when someone removed it. */
    current: BudgetLine.nullable(),
    message: z.string(),
  }),
]);
export type SavedBudgetView = z.infer<typeof SavedBudgetView>;
