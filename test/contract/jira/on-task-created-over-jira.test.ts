import { onTaskCreated, type OnTaskCreatedDeps } from '../../../src/app/on-task-created';
import { fixedClock } from '../../../src/app/ports/clock';
import { generateDemoOrganisation } from '../../../src/demo';
import { InMemoryDuplicateStore, InMemoryLocks } from '../../support/in-memory-tracker';
import type { FakeJira, ReceivedRequest } from './fake-jira';
import webinar from './fixtures/issue-webinar.json';
import { copy, trackerOverFakeJira } from './support';

const organisation = generateDemoOrganisation(1);
const site = 'https://acme-marketing.atlassian.net';
const toDo = {
  self: `${site}/rest/api/3/status/10000`,
  name: 'To Do',
  id: '10000',
  statusCategory: { self: `${site}/rest/api/3/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
};

/**
 * A Jira that remembers what the adapter writes: subtasks created in bulk show up in the parent's
 * `subtasks` field, and the state property comes back on the next read, as on a real site.
 */
function rememberingJira(jira: FakeJira) {
  const created: Array<{ id: string; key: string; summary: string }> = [];
  let state: unknown;
  const fresh = copy(webinar);
  jira.on('getIssue', () => ({
    status: 200,
    body: {
      ...fresh,
      fields: {
        ...fresh.fields,
        subtasks: created.map(({ id, key, summary }) => ({ id, key, self: `${site}/rest/api/3/issue/${id}`, fields: { summary, status: toDo } })),
      },
      properties: state === undefined ? {} : { 'mops-state': state },
    },
  }));
  jira.on('createIssues', (request: ReceivedRequest) => {
    const updates = (request.body as { issueUpdates: Array<{ fields: { summary: string } }> }).issueUpdates;
    const issues = updates.map((update) => {
      const id = String(10_100 + created.length);
      const issue = { id, key: `WEB-${100 + created.length}`, summary: update.fields.summary };
      created.push(issue);
      return { id: issue.id, key: issue.key, self: `${site}/rest/api/3/issue/${id}` };
    });
    return { status: 201, body: { issues, errors: [] } };
  });
  jira.on('editIssue', { status: 204 });
  jira.on('setIssueProperty', (request: ReceivedRequest) => {
    const first = state === undefined;
    state = request.body;
    return { status: first ? 201 : 200 };
  });
  return { created };
}

function deps(tracker: OnTaskCreatedDeps['tracker']): OnTaskCreatedDeps {
  return {
    tracker,
    settings: organisation.settings,
    people: organisation.people,
    duplicates: new InMemoryDuplicateStore(),
    locks: new InMemoryLocks(),
    clock: fixedClock('2026-11-23T10:00:00Z'),
  };
}

describe('onTaskCreated over the Jira adapter', () => {
  it('applies the nine-step webinar template to a new issue within five Jira calls, every one within the contract', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    const { created } = rememberingJira(jira);
    const result = await onTaskCreated('10042', deps(tracker));
    expect(result).toMatchObject({ outcome: 'processed', templateId: 'webinar', createdSubtasks: 9 });
    expect(result.hostCalls).toBeLessThanOrEqual(5);
    expect(jira.calls('createIssues')).toHaveLength(1);
    expect(created).toHaveLength(9);
  });

  it('creates nothing when the same event is delivered again', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    const { created } = rememberingJira(jira);
    const usecase = deps(tracker);
    await onTaskCreated('10042', usecase);
    const again = await onTaskCreated('10042', usecase);
    expect(again).toMatchObject({ outcome: 'processed', createdSubtasks: 0 });
    expect(again.hostCalls).toBeLessThanOrEqual(2);
    expect(created).toHaveLength(9);
    expect(jira.calls('createIssues')).toHaveLength(1);
  });
});
