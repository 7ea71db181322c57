import type { FakeReply, ReceivedRequest } from '../../../../test/contract/jira/fake-jira';
import page1 from '../../../../test/contract/jira/fixtures/search-page-1.json';
import page2 from '../../../../test/contract/jira/fixtures/search-page-2.json';
import page3 from '../../../../test/contract/jira/fixtures/search-page-3.json';
import { allPages, trackerOverFakeJira } from '../../../../test/contract/jira/support';
import type { JiraIssue } from '../rest/responses';
import type { SearchReader } from './jira-tracker';

/** Serves the three recorded pages in turn; page 2 holds EML-5, whose budget names an unknown category. */
function threePages(request: ReceivedRequest): FakeReply {
  const token = (request.body as { nextPageToken?: string }).nextPageToken;
  if (token === page1.nextPageToken) return { status: 200, body: page2 };
  if (token === page2.nextPageToken) return { status: 200, body: page3 };
  return { status: 200, body: page1 };
}

/** A reader that keeps the keys of the issues it is shown. */
function keyReader(fields: string[], properties: string[]): SearchReader & { keys: string[] } {
  const keys: string[] = [];
  return { fields, properties, keys, read: (issue: JiraIssue) => keys.push(issue.key) };
}

describe('JiraTracker.alsoReadingFor', () => {
  it('leaves what its searches read around on the original tracker’s problems, where the report’s caller looks', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', threePages);
    const reading = tracker.alsoReadingFor(keyReader(['issuelinks'], ['mops-state']));
    await allPages(reading.searchTasks({ projectIds: ['10000', '10001'] }));
    expect(tracker.problems()).toEqual([{ issue: 'EML-5', field: 'customfield_10050', message: expect.stringContaining('Unknown cost category "catering"') }]);
    expect(reading.problems()).toEqual(tracker.problems());
  });

  it('serves a second reader beside the first: one search asks for both, and both see all eight issues', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('searchAndReconsileIssuesUsingJqlPost', threePages);
    const reviews = keyReader(['issuelinks'], ['mops-state']);
    const audit = keyReader(['updated'], ['mops-audit', 'mops-state']);
    await allPages(tracker.alsoReadingFor(reviews).alsoReadingFor(audit).searchTasks({ projectIds: ['10000', '10001'] }));
    expect(reviews.keys).toEqual(['WEB-12', 'WEB-13', 'WEB-30', 'EML-4', 'EML-5', 'EML-6', 'EML-7', 'WEB-31']);
    expect(audit.keys).toEqual(reviews.keys);
    const [first] = jira.calls('searchAndReconsileIssuesUsingJqlPost');
    expect(first?.body).toMatchObject({ fields: expect.arrayContaining(['summary', 'issuelinks', 'updated']), properties: ['mops-state', 'mops-audit'] });
    expect(tracker.hostCalls()).toBe(3);
  });

  it('refuses readers that together ask for more than the 5 issue properties a Jira search returns; a property both ask for counts once', () => {
    const { tracker } = trackerOverFakeJira();
    const four = tracker.alsoReadingFor(keyReader([], ['mops-state', 'mops-audit', 'mops-kpi', 'mops-template']));
    expect(() => four.alsoReadingFor(keyReader([], ['mops-state', 'mops-budget-history', 'mops-owner']))).toThrow(
      'Search readers ask for 6 issue properties (mops-state, mops-audit, mops-kpi, mops-template, mops-budget-history, mops-owner); a Jira search returns at most 5',
    );
  });
});
