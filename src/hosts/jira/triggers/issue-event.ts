import { z } from 'zod';

/**
 * The part of Forge's Jira issue events (`avi:jira:created|updated|deleted:issue`) Mops reads: which
 * issue. Everything else in the event may be stale by the time it arrives, so handlers read the issue
 * fresh from Jira.
 */
export const IssueEvent = z.looseObject({
  eventType: z.string().optional(),
  issue: z.looseObject({
    id: z.union([z.string().regex(/^\d+$/, { error: (issue) => `issue.id "${String(issue.input)}" must be a numeric Jira issue id such as "10042"` }), z.number().int().positive()]).transform(String),
    key: z.string().min(1).optional(),
  }),
});
export type IssueEvent = z.infer<typeof IssueEvent>;

/**
 * The issue an event is about, or why the event cannot be used (in words, for the log).
 * @example issueOfEvent({ eventType: 'avi:jira:created:issue', issue: { id: '10042', key: 'WEB-12' } }) // { ok: true, id: '10042', key: 'WEB-12' }
 */
export function issueOfEvent(event: unknown): { ok: true; id: string; key?: string } | { ok: false; reason: string } {
  const parsed = IssueEvent.safeParse(event);
  if (!parsed.success) return { ok: false, reason: `the event has no readable issue: ${z.prettifyError(parsed.error)}` };
  const { id, key } = parsed.data.issue;
  return { ok: true, id, ...(key ? { key } : {}) };
}
