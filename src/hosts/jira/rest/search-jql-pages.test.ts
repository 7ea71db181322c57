import type { Route } from '@forge/api';
import { JiraHttp, type JiraRequestInit } from './jira-http';
import { JiraSearchPage } from './responses';
import { searchJqlPages } from './search-jql-pages';

/** A Jira that answers `POST /search/jql` with the given pages in turn, keeping each body it was sent. */
function jiraAnswering(pages: readonly object[]) {
  const bodies: unknown[] = [];
  const requester = async (_route: Route, init?: JiraRequestInit) => {
    bodies.push(JSON.parse(init?.body ?? '{}'));
    const page = pages[bodies.length - 1] ?? { issues: [], isLast: true };
    return { status: 200, headers: { get: () => null }, text: async () => JSON.stringify(page) };
  };
  return { http: new JiraHttp(requester), bodies };
}

const issue = (id: string, key: string) => ({ id, key, fields: {} });

async function keysOf(pages: AsyncIterable<JiraSearchPage>): Promise<string[][]> {
  const keys: string[][] = [];
  for await (const page of pages) keys.push(page.issues.map((found) => found.key));
  return keys;
}

describe('searchJqlPages', () => {
  it('follows nextPageToken through three pages and stops where Jira says the page is the last', async () => {
    const { http, bodies } = jiraAnswering([
      { issues: [issue('10042', 'WEB-12')], nextPageToken: 'b', isLast: false },
      { issues: [issue('10043', 'WEB-13')], nextPageToken: 'c', isLast: false },
      { issues: [issue('10077', 'EVT-4')], nextPageToken: 'never-asked', isLast: true },
    ]);
    expect(await keysOf(searchJqlPages(http, { jql: 'project = WEB', maxResults: 1 }, JiraSearchPage, 'search project = WEB'))).toEqual([['WEB-12'], ['WEB-13'], ['EVT-4']]);
    expect(bodies).toEqual([
      { jql: 'project = WEB', maxResults: 1 },
      { jql: 'project = WEB', maxResults: 1, nextPageToken: 'b' },
      { jql: 'project = WEB', maxResults: 1, nextPageToken: 'c' },
    ]);
    expect(http.hostCalls()).toBe(3);
  });

  it('stops with an error naming the token and the search when Jira hands the same token back', async () => {
    const { http } = jiraAnswering([
      { issues: [issue('10042', 'WEB-12')], nextPageToken: 'b', isLast: false },
      { issues: [issue('10043', 'WEB-13')], nextPageToken: 'b', isLast: false },
      { issues: [issue('10044', 'WEB-14')], nextPageToken: 'b', isLast: false },
    ]);
    await expect(keysOf(searchJqlPages(http, { jql: 'project = WEB' }, JiraSearchPage, 'search project = WEB'))).rejects.toThrow(
      'Jira\'s answer for search project = WEB (POST /rest/api/3/search/jql) is not in the expected shape: nextPageToken "b" came back twice; paging stopped',
    );
    expect(http.hostCalls()).toBe(2);
  });
});
