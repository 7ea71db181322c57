import { z } from 'zod';
import { LinkKind } from '../../../app/ports/link-kind';
import { BudgetEdit } from '../../../app/edit-task-budget-view';

/**
 * The calls Mops' Jira UI makes to its resolvers, with the payload each accepts. The UI (UI Kit or
 * Custom UI, through `@forge/bridge` `invoke`) and the resolvers share this one definition.
 */
export const ResolverPayloads = {
  getIssuePanel: z.object({}).strict(),
  linkDuplicate: z.object({ otherTaskId: z.string().min(1), kind: LinkKind }).strict(),
  dismissDuplicate: z.object({ otherTaskId: z.string().min(1) }).strict(),
  getCapacity: z
    .object({
      weeks: z.number().int().min(1).max(26).default(8),
      teamIds: z.array(z.string().min(1)).max(50).optional(),
      /** The people with work in these projects, with their whole load; all projects when absent. */
      projectIds: z.array(z.string().min(1)).max(50).optional(),
    })
    .strict(),
  getBudgetReport: z.object({}).strict(),
  /** Clusters of overlapping work across teams; narrowed to clusters touching one project when given. */
  getDuplicatesReport: z.object({ projectId: z.string().min(1).optional() }).strict(),
  getAdminSettings: z.object({}).strict(),
  saveAdminSettings: z.object({ settings: z.unknown() }).strict(),
  /** The site's Jira field map (JiraTrackerSettings); saving it first time starts indexing existing issues. */
  saveJiraSetup: z.object({ jira: z.unknown(), restartBackfill: z.boolean().default(false) }).strict(),
  /** Everyone whose capacity Mops plans, with their calendars; ids are Atlassian account ids. */
  savePeople: z.object({ people: z.array(z.unknown()).max(5000) }).strict(),
  /** The base currency, cost categories and currencies the budget field's edit form offers. */
  getBudgetFieldOptions: z.object({}).strict(),
  /** The issue panel's budget edit: the new budget in minor units and the one the person started from. */
  saveTaskBudget: BudgetEdit,
} as const;
export type ResolverName = keyof typeof ResolverPayloads;
export type ResolverPayload<Name extends ResolverName> = z.input<(typeof ResolverPayloads)[Name]>;

export const ResolverErrorKind = z.enum(['bad-request', 'no-permission', 'not-found', 'unavailable', 'internal']);
export type ResolverErrorKind = z.infer<typeof ResolverErrorKind>;

/** Every resolver answers with this envelope, so the UI can show loading, error and no-permission states. */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: { kind: ResolverErrorKind; message: string } };
