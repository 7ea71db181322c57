import type { Route } from '@forge/api';
import { EMPTY_TASK_STATE } from '../../../app/ports/task-state';
import { JiraHttp, type JiraRequestInit } from '../rest/jira-http';
import { jiraReviewedPairs } from './duplicates-report-reviews';

/** Two pages of `POST /search/jql`, as Jira answers an `id in (…)` search asking for links and Mops' state. */
const PAGES = [
  {
    issues: [
      { id: '10042', key: 'BRD-35', fields: { issuelinks: [{ id: '1', outwardIssue: { id: '10077', key: 'ATL-36' } }] }, properties: { 'mops-state': { ...EMPTY_TASK_STATE, dismissedDuplicateIds: ['10090'] } } },
      { id: '10077', key: 'ATL-36', fields: { issuelinks: [{ id: '1', inwardIssue: { id: '10042', key: 'BRD-35' } }] } },
    ],
    nextPageToken: 'page-2',
    isLast: false,
  },
  { issues: [{ id: '10090', key: 'GRW-7', fields: {}, properties: { 'mops-state': { broken: true } } }], isLast: true },
];

describe('jiraReviewedPairs', () => {
  it('reads dismissals from the state property and links from issuelinks, page by page', async () => {
    const bodies: unknown[] = [];
    const requester = async (_route: Route, init?: JiraRequestInit) => {
      bodies.push(JSON.parse(init?.body ?? '{}'));
      const page = PAGES[bodies.length - 1];
      return { status: 200, headers: { get: () => null }, text: async () => JSON.stringify(page) };
    };
    const reviews = jiraReviewedPairs(new JiraHttp(requester), { stateProperty: 'mops-state', idBatchSize: 1000, pageSize: 100 });
    const pairs = await reviews.reviewedAmong(['10042', '10077', '10090']);
    expect(pairs).toEqual([
      ['10042', '10090'],
      ['10042', '10077'],
      ['10077', '10042'],
    ]);
    expect(bodies).toEqual([
      { jql: 'id in (10042, 10077, 10090)', fields: ['issuelinks'], properties: ['mops-state'], maxResults: 100 },
      { jql: 'id in (10042, 10077, 10090)', fields: ['issuelinks'], properties: ['mops-state'], maxResults: 100, nextPageToken: 'page-2' },
    ]);
    expect(reviews.hostCalls()).toBe(2);
  });
});
