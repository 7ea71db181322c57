import type { RequestProductMethod } from '@forge/api';
import { jiraTracker, type JiraRequester } from '../../../src/hosts/jira/tracker';
import webinar from './fixtures/issue-webinar.json';
import { FakeJira } from './fake-jira';

// Compile-time: Forge's own `asUser().requestJira` / `asApp().requestJira` fit the transport as they are.
const forgeFits = (requestJira: RequestProductMethod): JiraRequester => requestJira;

describe('jiraTracker', () => {
  it('wires a tracker onto a requestJira function with checked settings', async () => {
    expect(typeof forgeFits).toBe('function');
    const jira = new FakeJira().on('getIssue', { status: 200, body: webinar });
    const tracker = jiraTracker(jira.requester, { fields: { budgetField: 'customfield_10050' }, subtaskIssueTypeId: '10003' });
    expect((await tracker.loadTaskContext('10042'))?.task.key).toBe('WEB-12');
    expect(tracker.hostCalls()).toBe(1);
    expect(jira.violations).toEqual([]);
  });

  it('refuses settings that name the sub-task type by name instead of id', () => {
    const jira = new FakeJira();
    expect(() => jiraTracker(jira.requester, { fields: { budgetField: 'customfield_10050' }, subtaskIssueTypeId: 'Sub-task' })).toThrow(
      'Sub-task issue type id "Sub-task" must be digits, e.g. "10003"',
    );
  });
});
