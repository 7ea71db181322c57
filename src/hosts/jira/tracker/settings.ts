import { z } from 'zod';
import { TimeZone } from '../../../core/dates/local-date';
import { JiraFieldMap } from './field-map';

const label = z.string().regex(/^\S+$/, { error: (issue) => `Jira label "${String(issue.input)}" cannot contain spaces` });

/** How the Jira adapter is wired to one site. Parsed once at the edge; the tracker trusts it. */
export const JiraTrackerSettings = z.object({
  fields: JiraFieldMap,
  /** The site's sub-task issue type id (Jira: Settings → Issues → Issue types), e.g. "10003". */
  subtaskIssueTypeId: z.string().regex(/^\d+$/, { error: (issue) => `Sub-task issue type id "${String(issue.input)}" must be digits, e.g. "10003"` }),
  /** Labels on every subtask Mops creates for a template step, so people and JQL can find them. */
  stepLabels: z.array(label).default(['mops-step']),
  /** Issue link type names on this site. */
  linkTypes: z
    .object({ duplicate: z.string().min(1).default('Duplicate'), relates: z.string().min(1).default('Relates') })
    .prefault({}),
  /** The issue property that holds Mops' per-issue state. */
  stateProperty: z.string().regex(/^[A-Za-z0-9._-]{1,255}$/).default('mops-state'),
  /** The site address, for links in comments (Forge: `context.siteUrl`); without it tasks are named, not linked. */
  siteUrl: z.url().optional(),
  /** The acting user's time zone, in which Jira reads JQL dates; without it "updated since" is widened. */
  jqlTimeZone: TimeZone.optional(),
  /** Issues per search page. Jira returns at most 100 when fields beyond id/key are asked for. */
  pageSize: z.number().int().min(1).max(100).default(100),
  /** Ids per `id in (…)` query; keeps JQL well under Jira's size limits. */
  idBatchSize: z.number().int().min(1).max(1000).default(1000),
});
export type JiraTrackerSettings = z.output<typeof JiraTrackerSettings>;
export type JiraTrackerSettingsInput = z.input<typeof JiraTrackerSettings>;
