import { z } from 'zod';
import { Instant } from '../../core/dates/local-date';
import { TemplateRef } from '../../core/task/task';

export const DuplicateFinding = z.object({
  taskId: z.string().min(1),
  score: z.number().min(0).max(1),
  decision: z.enum(['likely-duplicate', 'related']),
  matchedTerms: z.array(z.string()),
  sharedAssets: z.array(z.string()).default([]),
});
export type DuplicateFinding = z.infer<typeof DuplicateFinding>;

/**
 * What Mops remembers about one task, kept in the host next to the task (a Jira issue property, an Asana
 * task's external data) so that it travels with the task and every re-delivered event can see it.
 */
export const TaskState = z.object({
  schemaVersion: z.literal(1),
  template: TemplateRef.optional(),
  /** The subtask created for each template step: re-applying a template never creates a second one. */
  stepSubtasks: z.record(z.string(), z.string()).default({}),
  duplicates: z.array(DuplicateFinding).default([]),
  /** Candidates a person dismissed from the panel; never suggested again for this task. */
  dismissedDuplicateIds: z.array(z.string()).default([]),
  /** Candidates already announced in a comment, so a re-delivered event does not comment twice. */
  commentedDuplicateIds: z.array(z.string()).default([]),
  /** The host's last-updated time of the task when Mops last processed it; older events are ignored. */
  processedUpdatedAt: Instant.optional(),
});
export type TaskState = z.infer<typeof TaskState>;

export const EMPTY_TASK_STATE: TaskState = {
  schemaVersion: 1,
  stepSubtasks: {},
  duplicates: [],
  dismissedDuplicateIds: [],
  commentedDuplicateIds: [],
};
