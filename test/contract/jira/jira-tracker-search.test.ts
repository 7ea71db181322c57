import type { FakeReply, ReceivedRequest } from './fake-jira';
import error400 from './fixtures/error-400-jql-missing-ids.json';
import page1 from './fixtures/search-page-1.json';
import page2 from './fixtures/search-page-2.json';
import page3 from './fixtures/search-page-3.json';
import { allPages, trackerOverFakeJira } from './support';

/** Serves the three recorded pages in turn, following the token each page hands out. */
function threePages(request: ReceivedRequest): FakeReply {
  const token = (request.body as { nextPageToken?: string }).nextPageToken;
  if (token === undefined) return { status: 200, body: page1 };
  if (token === page1.nextPageToken) return { status: 200, body: page2 };
  if (token === page2.nextPageToken) return { status: 200, body: page3 };
  return { status: 400, body: { errorMessages: [`Invalid nextPageToken: ${token}`], errors: {} } };
}

describe('JiraTracker.searchTasks', () => {
  it('follows nextPageToken through three pages until isLast: three calls, eight issues', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', threePages);
    const pages = await allPages(tracker.searchTasks({ projectIds: ['10000', '10001'] }));
    expect(pages.map((page) => page.map((task) => task.key))).toEqual([
      ['WEB-12', 'WEB-13', 'WEB-30'],
      ['EML-4', 'EML-5', 'EML-6'],
      ['EML-7', 'WEB-31'],
    ]);
    expect(tracker.hostCalls()).toBe(3);
    expect(jira.calls('searchAndReconsileIssuesUsingJqlPost').map((request) => (request.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, 'CAEaAggD', 'CAEaAggG']);
  });

  it('asks with bounded JQL, a page size, and only the fields mapping needs', async () => {
    const { jira, tracker } = trackerOverFakeJira({ pageSize: 50 });
    jira.on('searchAndReconsileIssuesUsingJqlPost', threePages);
    await allPages(tracker.searchTasks({ projectIds: ['10000', 'EML'], openOnly: true, updatedSince: '2026-11-20T08:00:00Z' }));
    expect(jira.calls('searchAndReconsileIssuesUsingJqlPost')[0]?.body).toEqual({
      jql: 'project in (10000, "EML") AND updated >= "2026-11-20 09:00" AND statusCategory != Done',
      fields: ['summary', 'description', 'project', 'issuetype', 'labels', 'components', 'status', 'assignee', 'reporter', 'created', 'duedate', 'timetracking', 'parent', 'customfield_10015', 'customfield_10050', 'customfield_10001', 'customfield_10060'],
      maxResults: 50,
    });
  });

  it('maps what each page holds, tolerating missing optional fields and reporting an invalid budget', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', threePages);
    const tasks = (await allPages(tracker.searchTasks({ projectIds: ['10000', '10001'] }))).flat();
    const byKey = new Map(tasks.map((task) => [task.key, task]));
    expect(byKey.get('WEB-13')).toMatchObject({ type: 'subtask', parentId: '10042', statusCategory: 'done', estimateMinutes: 180, remainingMinutes: 0, labels: ['mops-step'] });
    expect(byKey.get('WEB-30')).toEqual({
      id: '10060', key: 'WEB-30', title: 'Trade fair booth Warsaw', description: '', projectId: '10000', type: 'task', labels: [], components: [],
      status: 'To Do', statusCategory: 'todo', ownerId: '712020:3c9d7e1a-5b2f-4e8c-9a1d-6f3b2c8e4a90', createdAt: '2026-11-25T14:02:51.000+01:00', fields: {},
    });
    expect(byKey.get('EML-4')).toMatchObject({ type: 'email campaign', status: 'In Review', statusCategory: 'in_progress', description: '- Holiday offers\n- Webinar recap', budget: { planned: 250_000, currency: 'PLN', category: 'agency' } });
    expect(byKey.get('EML-5')).toMatchObject({ createdAt: '2026-11-20T11:45:00.000-05:00' });
    expect(byKey.get('EML-5')?.budget).toBeUndefined();
    expect(byKey.get('EML-7')).toMatchObject({ ownerId: '5f8a1c2e3b4d5e0069a1b2c3', description: 'Invite partners to the Q1 webinar.\n\nSame landing page as WEB-12.' });
    expect(tracker.problems()).toEqual([{ issue: 'EML-5', field: 'customfield_10050', message: expect.stringContaining('Unknown cost category "catering"') }]);
  });

  it('splits a long id list into batches of at most 1000 ids per query', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', { status: 200, body: { issues: [], isLast: true } });
    const ids = Array.from({ length: 1500 }, (_, index) => String(20_000 + index));
    await allPages(tracker.searchTasks({ taskIds: ids, openOnly: true }));
    const jqls = jira.calls('searchAndReconsileIssuesUsingJqlPost').map((request) => (request.body as { jql: string }).jql);
    expect(jqls).toHaveLength(2);
    expect(jqls[0]).toMatch(/^id in \(20000, 20001, .*, 20999\) AND statusCategory != Done$/);
    expect(jqls[1]).toMatch(/^id in \(21000, .*, 21499\) AND statusCategory != Done$/);
  });

  it('makes no call for an empty project or id list, and refuses an unbounded query before calling', async () => {
    const { tracker } = trackerOverFakeJira();
    expect(await allPages(tracker.searchTasks({ projectIds: [] }))).toEqual([]);
    expect(await allPages(tracker.searchTasks({ taskIds: [] }))).toEqual([]);
    await expect(allPages(tracker.searchTasks({ openOnly: true }))).rejects.toThrow('A task search needs projectIds, taskIds or updatedSince');
    expect(tracker.hostCalls()).toBe(0);
  });
});

describe('JiraTracker.visibleTaskIds', () => {
  /** Jira as a person who may browse only the issues with even ids. */
  function asPersonSeeingEvenIds(request: ReceivedRequest): FakeReply {
    const { jql, fields, maxResults } = request.body as { jql: string; fields: string[]; maxResults: number };
    const asked = [...jql.matchAll(/\d+/g)].map((match) => match[0]);
    const visible = asked.filter((id) => Number(id) % 2 === 0);
    expect(fields).toEqual(['id']);
    expect(maxResults).toBe(asked.length);
    return { status: 200, body: { issues: visible.map((id) => ({ id })), isLast: true } };
  }

  it('asks Jira about 1200 ids in two calls and keeps the ones the person may see', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', asPersonSeeingEvenIds);
    const ids = Array.from({ length: 1200 }, (_, index) => String(30_000 + index));
    const visible = await tracker.visibleTaskIds(ids);
    expect(tracker.hostCalls()).toBe(2);
    expect(visible.size).toBe(600);
    expect(visible.has('30000')).toBe(true);
    expect(visible.has('30001')).toBe(false);
  });

  it('re-asks without ids Jira says it cannot resolve (deleted, or hidden from this person)', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', (request) =>
      (request.body as { jql: string }).jql.includes('10099') ? { status: 400, body: error400 } : asPersonSeeingEvenIds(request),
    );
    const visible = await tracker.visibleTaskIds(['10042', '10099', '10061', '10064']);
    expect([...visible].sort()).toEqual(['10042', '10064']);
    expect(jira.calls('searchAndReconsileIssuesUsingJqlPost').map((request) => (request.body as { jql: string }).jql)).toEqual([
      'id in (10042, 10099, 10061, 10064)',
      'id in (10042, 10061, 10064)',
    ]);
  });

  it('passes on a 400 that names none of the asked ids', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', { status: 400, body: { errorMessages: ["Field 'id' does not exist or you do not have permission to view it."], errors: {} } });
    await expect(tracker.visibleTaskIds(['10042'])).rejects.toThrow("(400 on POST /rest/api/3/search/jql): Field 'id' does not exist");
  });
});
