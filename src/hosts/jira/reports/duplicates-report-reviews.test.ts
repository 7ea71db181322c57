import type { Route } from '@forge/api';
import type { FakeReply, ReceivedRequest } from '../../../../test/contract/jira/fake-jira';
import page1 from '../../../../test/contract/jira/fixtures/search-page-1.json';
import { trackerOverFakeJira } from '../../../../test/contract/jira/support';
import { InMemoryDuplicateStore } from '../../../../test/support/in-memory-tracker';
import { makeTask } from '../../../../test/support/tasks';
import { duplicateCandidateOf } from '../../../app/duplicate-findings';
import { duplicatesReport } from '../../../app/duplicates-report';
import type { DuplicatesReportView } from '../../../app/duplicates-report-view';
import { fixedClock } from '../../../app/ports/clock';
import { EMPTY_TASK_STATE } from '../../../app/ports/task-state';
import { generateDemoOrganisation } from '../../../demo';
import { JiraHttp, type JiraRequestInit } from '../rest/jira-http';
import { withBoundedSearch } from './bounded-search';
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

describe('jiraReviewedPairs paging', () => {
  it('stops, naming the search, when Jira hands the same page token back', async () => {
    const looping = { issues: [{ id: '10042', key: 'BRD-35', fields: {} }], nextPageToken: 'page-2', isLast: false };
    const requester = async () => ({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(looping) });
    const reviews = jiraReviewedPairs(new JiraHttp(requester), { stateProperty: 'mops-state', idBatchSize: 1000, pageSize: 100 });
    await expect(reviews.reviewedAmong(['10042'])).rejects.toThrow(
      'Jira\'s answer for reviewed duplicate pairs id in (10042) (POST /rest/api/3/search/jql) is not in the expected shape: nextPageToken "page-2" came back twice; paging stopped',
    );
    expect(reviews.hostCalls()).toBe(2);
  });
});

describe('the duplicates report over Jira', () => {
  const issueTemplate = page1.issues[0] as (typeof page1.issues)[number];
  const TEAM_FIELD = 'customfield_10001';

  /** An open issue as a search page holds it, in a team, with links and Mops state when it has them. */
  function issue(id: string, key: string, projectId: string, team: string, summary: string, extras: { linkedTo?: string; dismissed?: string } = {}) {
    const { fields } = issueTemplate;
    return {
      id,
      key,
      self: `https://acme-marketing.atlassian.net/rest/api/3/issue/${id}`,
      fields: {
        summary,
        description: null,
        project: { ...fields.project, id: projectId, key: key.split('-')[0] },
        issuetype: fields.issuetype,
        status: fields.status,
        created: '2026-11-23T09:30:00.000+0100',
        [TEAM_FIELD]: { id: team },
        issuelinks: extras.linkedTo === undefined ? [] : [{ id: `link-${id}`, type: { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' }, outwardIssue: { id: extras.linkedTo, key: 'EVT-3' } }],
      },
      ...(extras.dismissed === undefined ? {} : { properties: { 'mops-state': { ...EMPTY_TASK_STATE, dismissedDuplicateIds: [extras.dismissed] } } }),
    };
  }

  // Three pieces of work each booked twice across teams: one still open, one dismissed in the panel, one linked by hand.
  const photographer = 'Book a photographer for the Warsaw spring product shoot';
  const banners = 'Print roll-up banners for the Zurich partner meetup';
  const landing = 'Translate the Black Friday landing page into Polish';
  const ISSUES = [
    issue('10101', 'BRD-1', '10000', 'team-brand', photographer),
    issue('10102', 'AGY-1', '10001', 'team-agency', photographer),
    issue('10201', 'BRD-2', '10000', 'team-brand', banners, { dismissed: '10202' }),
    issue('10202', 'EVT-2', '10002', 'team-events', banners),
    issue('10301', 'GRW-3', '10003', 'team-growth', landing, { linkedTo: '10302' }),
    issue('10302', 'EVT-3', '10002', 'team-events', landing),
  ];

  /** Jira's search over the six issues: `id in (…)` and `project in (…)` narrow it, one page per query. */
  function search(request: ReceivedRequest): FakeReply {
    const { jql } = request.body as { jql: string };
    const ids = /\bid in \(([^)]*)\)/.exec(jql)?.[1]?.split(', ');
    const projects = /\bproject in \(([^)]*)\)/.exec(jql)?.[1]?.split(', ');
    const found = ISSUES.filter((found) => (ids === undefined || ids.includes(found.id)) && (projects === undefined || projects.includes(found.fields.project.id)));
    return { status: 200, body: { issues: found, isLast: true } };
  }

  function reportOverJira(readAlong: boolean, options: { projectId?: string } = {}) {
    const { jira, http, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', search);
    const reviews = jiraReviewedPairs(http, { stateProperty: 'mops-state', idBatchSize: 1000, pageSize: 100 });
    const index = ISSUES.map((found) => duplicateCandidateOf(makeTask({ id: found.id, key: found.key, title: found.fields.summary, projectId: found.fields.project.id, teamId: found.fields[TEAM_FIELD].id })));
    const run = duplicatesReport(options, {
      tracker: withBoundedSearch(readAlong ? tracker.alsoReadingFor(reviews.searchReader) : tracker),
      duplicates: new InMemoryDuplicateStore(index),
      reviews,
      settings: generateDemoOrganisation(1).settings,
      clock: fixedClock('2026-11-25T09:30:00Z'),
      directory: {},
    });
    return { run, jira, http, reviews };
  }

  const clusterIds = (report: DuplicatesReportView) => report.clusters.map((cluster) => cluster.tasks.map((task) => task.id).sort());

  it('reads links and Mops state in its two searches: 2 calls in all, where a separate reviewed-pairs read made 3', async () => {
    const before = reportOverJira(false);
    const beforeReport = await before.run;
    expect(before.http.hostCalls()).toBe(3);
    expect(before.reviews.hostCalls()).toBe(1);

    const after = reportOverJira(true);
    const report = await after.run;
    expect(clusterIds(report)).toEqual([['10101', '10102']]);
    expect(report).toEqual(beforeReport);
    expect(after.http.hostCalls()).toBe(2);
    expect(after.reviews.hostCalls()).toBe(0);
    for (const request of after.jira.calls('searchAndReconsileIssuesUsingJqlPost')) {
      expect(request.body).toMatchObject({ fields: expect.arrayContaining(['summary', TEAM_FIELD, 'issuelinks']), properties: ['mops-state'] });
    }
  });

  it('narrowed to a project, the search for the other ends brings theirs too: 3 calls, where it made 4', async () => {
    const before = reportOverJira(false, { projectId: '10000' });
    const beforeReport = await before.run;
    expect(before.http.hostCalls()).toBe(4);

    const after = reportOverJira(true, { projectId: '10000' });
    const report = await after.run;
    expect(clusterIds(report)).toEqual([['10101', '10102']]);
    expect(report).toEqual(beforeReport);
    expect(after.http.hostCalls()).toBe(3);
    expect(after.reviews.hostCalls()).toBe(0);
  });
});
