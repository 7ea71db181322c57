import { z } from 'zod';
import { Instant } from '../dates/local-date';
import { Task } from '../task/task';

/**
 * The part of a task the duplicate engine reads. It is a narrow pick of `Task` so that hosts can pass
 * full tasks and the evaluation can pass rows of a CSV file; `closedAt` is when the task reached `done`
 * (absent while it is open), which lets queries skip work that finished long ago. `templateStepId` is the
 * step of a process template the task was made from: every webinar has its dry run, so two instances of
 * one step are recurring work, at most related, never a likely duplicate.
 */
export const DuplicateCandidate = Task.pick({
  id: true,
  title: true,
  description: true,
  projectId: true,
  teamId: true,
  statusCategory: true,
  createdAt: true,
  budget: true,
  templateStepId: true,
}).extend({
  closedAt: Instant.optional(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;
export type DuplicateCandidateInput = z.input<typeof DuplicateCandidate>;
