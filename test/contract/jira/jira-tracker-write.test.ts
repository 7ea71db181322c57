import { EMPTY_TASK_STATE, type TaskState } from '../../../src/app/ports/task-state';
import type { Task } from '../../../src/core/task/task';
import type { PlannedSubtask } from '../../../src/core/templates';
import { JiraPermissionError } from '../../../src/hosts/jira/rest/jira-errors';
import { SubtasksPartlyCreatedError } from '../../../src/app/ports/subtasks-partly-created';
import type { FakeReply, ReceivedRequest } from './fake-jira';
import bulkPartial from './fixtures/bulk-create-partial.json';
import commentCreated from './fixtures/comment-created.json';
import error403 from './fixtures/error-403-edit.json';
import { trackerOverFakeJira } from './support';

const webinar: Task = {
  id: '10042',
  key: 'WEB-12',
  title: 'Q1 partner webinar',
  description: '',
  projectId: '10000',
  type: 'webinar',
  labels: [],
  components: [],
  status: 'To Do',
  statusCategory: 'todo',
  createdAt: '2026-11-23T09:30:00.000+01:00',
  dueDate: '2027-01-28',
  fields: {},
};

const steps: PlannedSubtask[] = [
  { parentId: '10042', templateStepId: 'book-speakers', title: 'Book speakers and agree the topic', role: 'events', dueDate: '2026-12-10', estimateMinutes: 180 },
  { parentId: '10042', templateStepId: 'landing-page-copy', title: 'Write landing page copy', role: 'copywriter', dueDate: '2026-12-17', estimateMinutes: 240 },
  { parentId: '10042', templateStepId: 'landing-page', title: 'Landing page live with registration form and tracking', role: 'web', dueDate: '2027-01-07', estimateMinutes: 240 },
  { parentId: '10042', templateStepId: 'dry-run', title: 'Dry run with speakers', role: 'events', dueDate: '2027-01-26', estimateMinutes: 90 },
  { parentId: '10042', templateStepId: 'follow-up-email', title: 'Follow-up email to attendees and no-shows', role: 'email' },
];

/** Jira creating every element of a bulk request, numbering new issues from 10081. */
function createsAll(request: ReceivedRequest): FakeReply {
  const updates = (request.body as { issueUpdates: unknown[] }).issueUpdates;
  const offset = 10_081;
  return {
    status: 201,
    body: {
      issues: updates.map((_, index) => ({ id: String(offset + index), key: `WEB-${51 + index}`, self: `https://acme-marketing.atlassian.net/rest/api/3/issue/${offset + index}` })),
      errors: [],
    },
  };
}

describe('JiraTracker.createSubtasks', () => {
  it('creates five template steps in one bulk call and maps each step to its new issue', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('createIssues', createsAll);
    const created = await tracker.createSubtasks(webinar, steps);
    expect(tracker.hostCalls()).toBe(1);
    expect(created).toEqual({ 'book-speakers': '10081', 'landing-page-copy': '10082', 'landing-page': '10083', 'dry-run': '10084', 'follow-up-email': '10085' });
  });

  it('sends each step as a sub-task of the parent, labelled, with its due date and estimate', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('createIssues', createsAll);
    await tracker.createSubtasks(webinar, steps);
    const { issueUpdates } = jira.calls('createIssues')[0]?.body as { issueUpdates: unknown[] };
    expect(issueUpdates[0]).toEqual({
      fields: {
        project: { id: '10000' },
        parent: { id: '10042' },
        issuetype: { id: '10003' },
        summary: 'Book speakers and agree the topic',
        labels: ['mops-step'],
        duedate: '2026-12-10',
        timetracking: { originalEstimate: '180m' },
      },
    });
    expect(issueUpdates[4]).toEqual({
      fields: { project: { id: '10000' }, parent: { id: '10042' }, issuetype: { id: '10003' }, summary: 'Follow-up email to attendees and no-shows', labels: ['mops-step'] },
    });
  });

  it('splits more than 50 steps into bulk calls of at most 50', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    let next = 11_000;
    jira.on('createIssues', (request) => {
      const updates = (request.body as { issueUpdates: unknown[] }).issueUpdates;
      return { status: 201, body: { issues: updates.map(() => ({ id: String(next), key: `WEB-${next++}` })), errors: [] } };
    });
    const many = Array.from({ length: 60 }, (_, index) => ({ parentId: '10042', templateStepId: `step-${index}`, title: `Step ${index}`, role: 'events' }));
    const created = await tracker.createSubtasks(webinar, many);
    expect(jira.calls('createIssues').map((request) => (request.body as { issueUpdates: unknown[] }).issueUpdates.length)).toEqual([50, 10]);
    expect(Object.keys(created)).toHaveLength(60);
    expect(created['step-59']).toBe('11059');
  });

  it('on a partial failure, names the steps Jira refused and why, and still hands back the ones it created', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('createIssues', { status: 201, body: bulkPartial });
    const failure = tracker.createSubtasks(webinar, steps);
    await expect(failure).rejects.toThrow(SubtasksPartlyCreatedError);
    const error = (await failure.catch((caught: unknown) => caught)) as SubtasksPartlyCreatedError;
    // Jira lists created issues in request order, skipping the failed elements 1 and 3.
    expect(error.created).toEqual({ 'book-speakers': '10081', 'landing-page': '10082', 'follow-up-email': '10083' });
    expect(error.failed).toEqual([
      { stepId: 'landing-page-copy', title: 'Write landing page copy', reasons: ["timetracking: Field 'timetracking' cannot be set. It is not on the appropriate screen, or unknown."] },
      { stepId: 'dry-run', title: 'Dry run with speakers', reasons: ['duedate: Due date: You do not have permission to edit the due date.'] },
    ]);
    expect(error.message).toBe(
      "Created 3 of 5 subtasks under WEB-12; failed: \"Write landing page copy\" (step landing-page-copy): timetracking: Field 'timetracking' cannot be set. It is not on the appropriate screen, or unknown. | " +
        '"Dry run with speakers" (step dry-run): duedate: Due date: You do not have permission to edit the due date.',
    );
    expect(tracker.hostCalls()).toBe(1);
  });

  it('makes no call when there is nothing to create', async () => {
    const { tracker } = trackerOverFakeJira();
    await expect(tracker.createSubtasks(webinar, [])).resolves.toEqual({});
    expect(tracker.hostCalls()).toBe(0);
  });
});

describe('JiraTracker.updateTask', () => {
  it('sends labels, components, the KPI and the budget in one edit', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('editIssue', { status: 204 });
    await tracker.updateTask('10042', {
      addLabels: ['webinar'],
      addComponents: ['Events'],
      fields: { kpi: '300 registrations' },
      budget: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
    });
    expect(tracker.hostCalls()).toBe(1);
    const [request] = jira.calls('editIssue');
    expect(request?.path).toBe('/rest/api/3/issue/10042');
    expect(request?.body).toEqual({
      fields: { customfield_10060: '300 registrations', customfield_10050: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' } },
      update: { labels: [{ add: 'webinar' }], components: [{ add: { name: 'Events' } }] },
    });
  });

  it('reports a field with no Jira field configured and makes no call when nothing is left', async () => {
    const { tracker } = trackerOverFakeJira();
    await tracker.updateTask('10042', { fields: { channel: 'email' } });
    expect(tracker.hostCalls()).toBe(0);
    expect(tracker.problems()).toEqual([{ issue: '10042', field: 'fields.channel', message: expect.stringContaining('No Jira field is configured for "fields.channel"') }]);
  });

  it('names the issue when the principal may not edit it', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('editIssue', { status: 403, body: error403 });
    const failure = tracker.updateTask('10042', { addLabels: ['webinar'] });
    await expect(failure).rejects.toThrow(JiraPermissionError);
    await expect(failure).rejects.toThrow('No permission for issue 10042');
  });
});

describe('JiraTracker.linkTasks, addComment and saveTaskState', () => {
  it('links a duplicate with the configured link type, the new issue as the "from" (outward) side', async () => {
    const { jira, tracker } = trackerOverFakeJira({ linkTypes: { duplicate: 'Duplicate', relates: 'Relates to' } });
    jira.on('linkIssues', { status: 201 });
    await tracker.linkTasks('10064', '10042', 'duplicate');
    await tracker.linkTasks('10064', '10061', 'relates');
    expect(jira.calls('linkIssues').map((request) => request.body)).toEqual([
      { type: { name: 'Duplicate' }, inwardIssue: { id: '10042' }, outwardIssue: { id: '10064' } },
      { type: { name: 'Relates to' }, inwardIssue: { id: '10061' }, outwardIssue: { id: '10064' } },
    ]);
  });

  it('comments in Atlassian Document Format, the task named by a smart link', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('addComment', { status: 201, body: commentCreated });
    await tracker.addComment('10042', { paragraphs: [[{ text: 'Possibly the same work as ' }, { taskId: '10064', label: 'EML-7' }]] });
    const [request] = jira.calls('addComment');
    expect(request?.path).toBe('/rest/api/3/issue/10042/comment');
    expect(request?.body).toEqual({
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Possibly the same work as ' }, { type: 'inlineCard', attrs: { url: 'https://acme-marketing.atlassian.net/browse/EML-7' } }] }],
      },
    });
  });

  it('writes the state to the issue property, and refuses state too large for one', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('setIssueProperty', { status: 200 });
    const state: TaskState = { ...EMPTY_TASK_STATE, template: { templateId: 'webinar', version: 1 }, stepSubtasks: { 'dry-run': '10084' } };
    await tracker.saveTaskState('10042', state);
    const [request] = jira.calls('setIssueProperty');
    expect(request?.pathParams).toEqual({ issueIdOrKey: '10042', propertyKey: 'mops-state' });
    expect(request?.body).toEqual(state);

    const huge: TaskState = { ...EMPTY_TASK_STATE, dismissedDuplicateIds: Array.from({ length: 4000 }, (_, index) => String(100_000 + index)) };
    await expect(tracker.saveTaskState('10042', huge)).rejects.toThrow('Mops state for issue 10042 is 36106 bytes; Jira issue properties hold at most 32768');
    expect(tracker.hostCalls()).toBe(1);
  });

  it('names the property when the principal may not write it', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('setIssueProperty', { status: 403, body: error403 });
    await expect(tracker.saveTaskState('10042', EMPTY_TASK_STATE)).rejects.toThrow('No permission for Mops state of issue 10042 (403 on PUT /rest/api/3/issue/10042/properties/mops-state)');
  });

  it('needs only the read:jira-work and write:jira-work scopes for everything it does', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('editIssue', { status: 204 }).on('linkIssues', { status: 201 }).on('addComment', { status: 201, body: commentCreated }).on('setIssueProperty', { status: 200 });
    jira.on('createIssues', createsAll).on('searchAndReconsileIssuesUsingJqlPost', { status: 200, body: { issues: [], isLast: true } });
    await tracker.updateTask('10042', { addLabels: ['webinar'] });
    await tracker.linkTasks('10064', '10042', 'relates');
    await tracker.addComment('10042', { paragraphs: [[{ text: 'Hello' }]] });
    await tracker.saveTaskState('10042', EMPTY_TASK_STATE);
    await tracker.createSubtasks(webinar, steps.slice(0, 1));
    await tracker.visibleTaskIds(['10042']);
    expect(jira.scopesUsed()).toEqual(['read:jira-work', 'write:jira-work']);
  });
});
