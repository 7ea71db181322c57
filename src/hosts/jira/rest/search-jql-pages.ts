import { route } from '@forge/api';
import type { z } from 'zod';
import { JiraResponseShapeError } from './jira-errors';
import type { JiraHttp } from './jira-http';

/** What paging reads of a `POST /search/jql` answer; the rest of the page is the caller's schema. */
export interface SearchJqlPage {
  nextPageToken?: string | null | undefined;
  isLast?: boolean | undefined;
}

/**
 * The pages of `POST /rest/api/3/search/jql` for one query, following `nextPageToken` until Jira says
 * the page is the last. A token that comes back a second time would page forever, so it stops paging
 * with an error naming the token and the search's subject.
 * @example for await (const page of searchJqlPages(http, { jql: 'id in (10042)', fields: ['issuelinks'] }, JiraSearchPage, 'reviewed pairs')) remember(page.issues)
 */
export async function* searchJqlPages<T extends SearchJqlPage>(http: JiraHttp, body: Readonly<Record<string, unknown>>, schema: z.ZodType<T>, subject: string): AsyncGenerator<T> {
  const seen = new Set<string>();
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await http.request({
      method: 'POST',
      route: route`/rest/api/3/search/jql`,
      subject,
      body: { ...body, ...(nextPageToken ? { nextPageToken } : {}) },
      schema,
    });
    yield page;
    if (page.isLast === true || !page.nextPageToken) return;
    if (seen.has(page.nextPageToken)) {
      throw new JiraResponseShapeError({ method: 'POST', path: '/rest/api/3/search/jql', subject }, [`nextPageToken "${page.nextPageToken}" came back twice; paging stopped`]);
    }
    seen.add(page.nextPageToken);
    nextPageToken = page.nextPageToken;
  }
}
