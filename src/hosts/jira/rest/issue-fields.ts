import { z } from 'zod';

/**
 * Values of Jira's system fields inside `issue.fields`, as far as Mops reads them. Jira sends `null`
 * for empty fields; readers treat null and absent alike.
 */

export const JiraStatus = z.object({
  name: z.string().min(1),
  statusCategory: z.object({ key: z.string().min(1) }),
});
export type JiraStatus = z.infer<typeof JiraStatus>;

export const JiraIssueType = z.object({ name: z.string().min(1), subtask: z.boolean().optional() });
export const JiraUser = z.object({ accountId: z.string().min(1) });
export const JiraProject = z.object({ id: z.string().min(1) });
export const JiraNamed = z.object({ name: z.string().min(1) });
export const JiraIdRef = z.object({ id: z.string().min(1) });

export const JiraTimeTracking = z.object({
  originalEstimateSeconds: z.number().int().nonnegative().optional(),
  remainingEstimateSeconds: z.number().int().nonnegative().optional(),
});

/** An entry of the `subtasks` field: a linked issue with a few fields of its own. */
export const JiraSubtaskRef = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: z.object({
    summary: z.string().default(''),
    status: JiraStatus,
    issuetype: JiraIssueType.optional(),
  }),
});
export type JiraSubtaskRef = z.infer<typeof JiraSubtaskRef>;
