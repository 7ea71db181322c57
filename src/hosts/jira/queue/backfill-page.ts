import { route } from '@forge/api';
import { duplicateCandidateOf } from '../../../app/duplicate-findings';
import type { CostCategory } from '../../../core/budget/categories';
import type { DuplicateCandidate } from '../../../core/duplicates';
import type { JiraHttp } from '../rest/jira-http';
import { JiraSearchPage } from '../rest/responses';
import { issueToTask } from '../tracker/issue-to-task';
import type { JiraTrackerSettings } from '../tracker/settings';

/**
 * Every issue on the site, oldest id first. Jira's enhanced search refuses unbounded JQL, so the query
 * carries a restriction every issue meets.
 */
export const BACKFILL_JQL = 'created >= "1970-01-01"';

/** Issues per page; Jira returns at most 100 when fields beyond id and key are asked for. */
export const BACKFILL_PAGE_SIZE = 100;

/** The fields the duplicate index keeps, plus what mapping an issue to a task needs. */
const INDEX_FIELDS = ['summary', 'description', 'project', 'issuetype', 'status', 'created', 'updated', 'labels', 'components'];

/**
 * The query for the issues after `afterIssueId`. Resuming by id rather than by Jira's page token means
 * a batch in a later invocation never depends on a token Jira may have expired.
 * @example backfillJql('created >= "1970-01-01"', '10042') // 'created >= "1970-01-01" AND id > 10042 ORDER BY id ASC'
 */
export function backfillJql(baseJql: string, afterIssueId?: string): string {
  if (afterIssueId !== undefined && !/^\d+$/.test(afterIssueId)) {
    throw new Error(`Backfill position names issue id "${afterIssueId}"; expected a numeric Jira issue id such as "10042"`);
  }
  return `${baseJql}${afterIssueId === undefined ? '' : ` AND id > ${afterIssueId}`} ORDER BY id ASC`;
}

export interface BackfillPageResult {
  candidates: DuplicateCandidate[];
  /** The largest issue id on the page, where the next query continues. */
  lastIssueId?: string;
  /**
   * Jira's token for the page after this one; absent on the last page. The backfill continues by id
   * instead (see `backfillJql`), so the token only says that there is more.
   */
  nextPageToken?: string;
  issuesSeen: number;
  /** Issues that could not be read as tasks (and are left out of the index). */
  issuesSkipped: number;
}

/**
 * One page of the backfill as the app sees it: issues mapped to duplicate candidates, done issues
 * stamped with their last update as the closing time. One Jira call.
 * @example const page = await readBackfillPage(http, site, categories, backfillJql(BACKFILL_JQL))
 */
export async function readBackfillPage(
  http: JiraHttp,
  site: JiraTrackerSettings,
  costCategories: readonly CostCategory[],
  jql: string,
): Promise<BackfillPageResult> {
  const fields = [...new Set([...INDEX_FIELDS, site.fields.budgetField, ...(site.fields.teamField ? [site.fields.teamField] : [])])];
  const page = await http.request({
    method: 'POST',
    route: route`/rest/api/3/search/jql`,
    subject: `backfill page of ${jql}`,
    body: { jql, fields, maxResults: BACKFILL_PAGE_SIZE },
    schema: JiraSearchPage,
  });
  const candidates: DuplicateCandidate[] = [];
  let issuesSkipped = 0;
  for (const issue of page.issues) {
    const mapped = issueToTask(issue, { fieldMap: site.fields, costCategories });
    if (!mapped.ok) {
      issuesSkipped += 1;
      continue;
    }
    const closedAt = mapped.task.statusCategory === 'done' ? mapped.updatedAt : undefined;
    candidates.push(duplicateCandidateOf(mapped.task, closedAt));
  }
  const ids = page.issues.map((issue) => issue.id).filter((id) => /^\d+$/.test(id));
  const lastIssueId = ids.length > 0 ? ids.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b)) : undefined;
  const more = page.isLast !== true && page.nextPageToken ? page.nextPageToken : undefined;
  return {
    candidates,
    ...(lastIssueId ? { lastIssueId } : {}),
    ...(more ? { nextPageToken: more } : {}),
    issuesSeen: page.issues.length,
    issuesSkipped,
  };
}
