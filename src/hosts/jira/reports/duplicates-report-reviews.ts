import { z } from 'zod';
import { dismissedPairsOf, type ReviewedPairs } from '../../../app/duplicates-report-reviews';
import { TaskState } from '../../../app/ports/task-state';
import type { JiraHttp } from '../rest/jira-http';
import { jqlIn } from '../rest/jql';
import { type JiraIssue, JiraSearchPage } from '../rest/responses';
import { searchJqlPages } from '../rest/search-jql-pages';
import type { SearchReader } from '../tracker/jira-tracker';
import type { JiraTrackerSettings } from '../tracker/settings';

const LinkedIssue = z.looseObject({ id: z.string().min(1) });
const IssueLinks = z.array(z.looseObject({ inwardIssue: LinkedIssue.optional(), outwardIssue: LinkedIssue.optional() }));

/** What one issue says was reviewed: the ids its Mops state dismissed, then the issues it is linked to. */
function reviewedPairsOfIssue(issue: JiraIssue, stateProperty: string): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  const state = TaskState.safeParse(issue.properties?.[stateProperty]);
  if (state.success) pairs.push(...dismissedPairsOf([[issue.id, state.data]]));
  const links = IssueLinks.safeParse(issue.fields.issuelinks ?? []);
  for (const link of links.success ? links.data : []) {
    const other = link.inwardIssue?.id ?? link.outwardIssue?.id;
    if (other !== undefined) pairs.push([issue.id, other] as const);
  }
  return pairs;
}

/** Reviewed pairs over Jira, and what a search must also read so that they need no call of their own. */
export interface JiraReviewedPairs extends ReviewedPairs {
  /**
   * Give it to the searches that find the tasks (`JiraTracker.alsoReadingFor`): they then ask for
   * `issuelinks` and the state property too, and `reviewedAmong` answers for the issues they returned
   * without a call.
   */
  readonly searchReader: SearchReader;
}

/**
 * Reviewed pairs read from Jira: each issue's Mops state property (what people dismissed or linked from
 * the panel) and its issue links (linked by hand). Issues a search read through `searchReader` are
 * answered from what it returned; the others are read in paged searches, `id in (…)` in batches of the
 * site's id batch size. Built on the viewer's transport, it sees only what they may browse.
 * @example await jiraReviewedPairs(mops.asUser(configuration).http, configuration.site).reviewedAmong(['10042', '10077']) // [['10042', '10077']]
 */
export function jiraReviewedPairs(http: JiraHttp, site: Pick<JiraTrackerSettings, 'stateProperty' | 'idBatchSize' | 'pageSize'>): JiraReviewedPairs {
  let calls = 0;
  const read = new Map<string, Array<readonly [string, string]>>();
  const remember = (issue: JiraIssue): void => {
    read.set(issue.id, reviewedPairsOfIssue(issue, site.stateProperty));
  };

  async function readById(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += site.idBatchSize) {
      const jql = jqlIn('id', ids.slice(start, start + site.idBatchSize));
      const body = { jql, fields: ['issuelinks'], properties: [site.stateProperty], maxResults: site.pageSize };
      for await (const page of searchJqlPages(http, body, JiraSearchPage, `reviewed duplicate pairs ${jql}`)) {
        calls += 1;
        for (const issue of page.issues) remember(issue);
      }
    }
  }

  return {
    searchReader: { fields: ['issuelinks'], properties: [site.stateProperty], read: remember },
    hostCalls: () => calls,
    async reviewedAmong(taskIds) {
      const ids = [...new Set(taskIds)];
      await readById(ids.filter((id) => !read.has(id)));
      return ids.flatMap((id) => read.get(id) ?? []);
    },
  };
}
