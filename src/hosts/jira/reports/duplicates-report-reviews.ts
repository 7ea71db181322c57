import { route } from '@forge/api';
import { z } from 'zod';
import { dismissedPairsOf, type ReviewedPairs } from '../../../app/duplicates-report-reviews';
import { TaskState } from '../../../app/ports/task-state';
import { JiraResponseShapeError } from '../rest/jira-errors';
import type { JiraHttp } from '../rest/jira-http';
import { jqlIn } from '../rest/jql';
import { JiraSearchPage } from '../rest/responses';
import type { JiraTrackerSettings } from '../tracker/settings';

const LinkedIssue = z.looseObject({ id: z.string().min(1) });
const IssueLinks = z.array(z.looseObject({ inwardIssue: LinkedIssue.optional(), outwardIssue: LinkedIssue.optional() }));

/**
 * Reviewed pairs read from Jira in paged searches: each issue's Mops state property (what people
 * dismissed or linked from the panel) and its issue links (linked by hand), `id in (…)` in batches of
 * the site's id batch size. Built on the viewer's transport, it sees only what they may browse.
 * @example await jiraReviewedPairs(mops.asUser(configuration).http, configuration.site).reviewedAmong(['10042', '10077']) // [['10042', '10077']]
 */
export function jiraReviewedPairs(http: JiraHttp, site: Pick<JiraTrackerSettings, 'stateProperty' | 'idBatchSize' | 'pageSize'>): ReviewedPairs {
  let calls = 0;
  return {
    hostCalls: () => calls,
    async reviewedAmong(taskIds) {
      const pairs: Array<readonly [string, string]> = [];
      const ids = [...new Set(taskIds)];
      for (let start = 0; start < ids.length; start += site.idBatchSize) {
        const jql = jqlIn('id', ids.slice(start, start + site.idBatchSize));
        const seen = new Set<string>();
        let nextPageToken: string | undefined;
        for (;;) {
          calls += 1;
          const page = await http.request({
            method: 'POST',
            route: route`/rest/api/3/search/jql`,
            subject: `reviewed duplicate pairs ${jql}`,
            body: { jql, fields: ['issuelinks'], properties: [site.stateProperty], maxResults: site.pageSize, ...(nextPageToken ? { nextPageToken } : {}) },
            schema: JiraSearchPage,
          });
          for (const issue of page.issues) {
            const state = TaskState.safeParse(issue.properties?.[site.stateProperty]);
            if (state.success) pairs.push(...dismissedPairsOf([[issue.id, state.data]]));
            const links = IssueLinks.safeParse(issue.fields.issuelinks ?? []);
            for (const link of links.success ? links.data : []) {
              const other = link.inwardIssue?.id ?? link.outwardIssue?.id;
              if (other !== undefined) pairs.push([issue.id, other] as const);
            }
          }
          if (page.isLast === true || !page.nextPageToken) break;
          if (seen.has(page.nextPageToken)) {
            throw new JiraResponseShapeError({ method: 'POST', path: '/rest/api/3/search/jql', subject: 'reviewed duplicate pairs' }, [`nextPageToken "${page.nextPageToken}" came back twice; paging stopped`]);
          }
          seen.add(page.nextPageToken);
          nextPageToken = page.nextPageToken;
        }
      }
      return pairs;
    },
  };
}
