import { taskWithState } from '../../../src/app/task-with-state';
import { JiraResponseShapeError } from '../../../src/hosts/jira/rest/jira-errors';
import error404 from './fixtures/error-404-issue.json';
import damaged from './fixtures/issue-damaged.json';
import webinar from './fixtures/issue-webinar.json';
import { copy, trackerOverFakeJira } from './support';

describe('JiraTracker.loadTaskContext on the Q1 partner webinar (WEB-12)', () => {
  const setUp = () => {
    const under = trackerOverFakeJira();
    under.jira.on('getIssue', { status: 200, body: webinar });
    return under;
  };

  it('reads the issue, its subtasks and Mops state in one call that asks only for the fields Mops maps', async () => {
    const { jira, tracker } = setUp();
    await tracker.loadTaskContext('10042');
    expect(tracker.hostCalls()).toBe(1);
    const [request] = jira.calls('getIssue');
    expect(request?.path).toBe('/rest/api/3/issue/10042');
    expect(request?.query.get('fields')?.split(',')).toEqual([
      'summary', 'description', 'project', 'issuetype', 'labels', 'components', 'status', 'assignee', 'reporter', 'created', 'duedate', 'timetracking', 'parent',
      'customfield_10015', 'customfield_10050', 'customfield_10001', 'customfield_10060', 'updated', 'subtasks',
    ]);
    expect(request?.query.get('properties')).toBe('mops-state');
    expect(jira.violations).toEqual([]);
  });

  it('maps the issue onto a Mops task, field by field', async () => {
    const { tracker } = setUp();
    const context = await tracker.loadTaskContext('10042');
    expect(context?.task).toEqual({
      id: '10042',
      key: 'WEB-12',
      title: 'Q1 partner webinar',
      description: expect.stringContaining('Run the Q1 partner webinar with @Ana Kowalska hosting.'),
      projectId: '10000',
      teamId: '36885b3c-1bf0-4f85-a357-c5b858c31de4',
      parentId: '10007',
      type: 'webinar',
      labels: ['partners', 'q1'],
      components: ['Events'],
      status: 'In Progress',
      statusCategory: 'in_progress',
      assigneeId: '5f8a1c2e3b4d5e0069a1b2c3',
      ownerId: '712020:3c9d7e1a-5b2f-4e8c-9a1d-6f3b2c8e4a90',
      createdAt: '2026-11-23T09:30:00.000+01:00',
      startDate: '2026-12-01',
      dueDate: '2027-01-28',
      estimateMinutes: 960,
      remainingMinutes: 720,
      budget: { planned: 1_200_000, committed: 450_000, actual: 0, currency: 'EUR', category: 'events', vendor: 'StreamHall GmbH' },
      fields: { kpi: '300 registrations, 120 attendees' },
    });
    expect(context?.task.template).toBeUndefined();
    expect(context?.updatedAt).toBe('2026-11-24T16:05:12.481+01:00');
    expect(tracker.problems()).toEqual([]);
  });

  it('turns the ADF description into readable plain text: lists, mention, link, code, table and card', async () => {
    const { tracker } = setUp();
    const context = await tracker.loadTaskContext('10042');
    expect(context?.task.description).toBe(
      [
        'Goal',
        'Run the Q1 partner webinar with @Ana Kowalska hosting. Landing page: partner webinar page (https://www.example.com/webinars/q1-partners).',
        '- Book the speakers\n  - Confirm travel\n- Email invitation to 4,000 partners',
        '1. Draft the agenda\n2. Dry run with speakers',
        'utm_campaign=q1-partner-webinar',
        'Channel | Budget\nEmail | EUR 1,200',
        "Last year's recording: https://acme-marketing.atlassian.net/browse/WEB-3\nReuse its slides.",
      ].join('\n\n'),
    );
  });

  it('gives each subtask the template step recorded in the state, and none to the one a person added', async () => {
    const { tracker } = setUp();
    const context = await tracker.loadTaskContext('10042');
    const { subtasks } = taskWithState(context!);
    expect(subtasks.map((subtask) => [subtask.key, subtask.title, subtask.statusCategory, subtask.templateStepId])).toEqual([
      ['WEB-13', 'Book speakers and agree the topic', 'done', 'book-speakers'],
      ['WEB-14', 'Write landing page copy', 'in_progress', 'landing-page-copy'],
      ['WEB-21', 'Order branded mugs for speakers', 'todo', undefined],
    ]);
    expect(subtasks[0]).toMatchObject({ parentId: '10042', projectId: '10000', type: 'subtask', createdAt: '2026-11-23T09:30:00.000+01:00' });
  });

  it('returns the stored state as Mops wrote it', async () => {
    const { tracker } = setUp();
    const context = await tracker.loadTaskContext('10042');
    expect(context?.state).toEqual({
      schemaVersion: 1,
      template: { templateId: 'webinar', version: 1 },
      stepSubtasks: { 'book-speakers': '10043', 'landing-page-copy': '10044' },
      duplicates: [{ taskId: '20311', score: 0.82, decision: 'likely-duplicate', matchedTerms: ['partner', 'webinar', 'q1'], sharedAssets: ['www.example.com/webinars/q1-partners'] }],
      dismissedDuplicateIds: [],
      commentedDuplicateIds: ['20311'],
      processedUpdatedAt: '2026-11-23T09:31:02.000+01:00',
    });
  });

  it('uses the owner field when one is configured and set, the reporter otherwise', async () => {
    const { jira, tracker } = trackerOverFakeJira({ fields: { budgetField: 'customfield_10050', ownerField: 'customfield_10080' } });
    const withOwner = copy(webinar) as typeof webinar & { fields: Record<string, unknown> };
    withOwner.fields.customfield_10080 = { accountId: '60d5f1a2b3c4d50071e2f3a4', displayName: 'Mila Novak', active: true, accountType: 'atlassian' };
    jira.on('getIssue', { status: 200, body: withOwner });
    expect((await tracker.loadTaskContext('10042'))?.task.ownerId).toBe('60d5f1a2b3c4d50071e2f3a4');
  });
});

describe('JiraTracker.loadTaskContext on damaged data', () => {
  it('reads an issue with an invalid budget value and a corrupt state: no budget, no state, both reported', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('getIssue', { status: 200, body: damaged });
    const context = await tracker.loadTaskContext('10070');
    expect(context?.task).toMatchObject({ key: 'WEB-40', title: 'Sponsor booth at DevDays', description: '', statusCategory: 'todo', ownerId: '60d5f1a2b3c4d50071e2f3a4' });
    expect(context?.task.budget).toBeUndefined();
    expect(context?.task.assigneeId).toBeUndefined();
    expect(context?.task.dueDate).toBeUndefined();
    expect(context?.task.estimateMinutes).toBeUndefined();
    expect(context?.state).toBeUndefined();
    expect(context?.subtasks).toEqual([]);
    expect(tracker.problems()).toEqual([
      { issue: 'WEB-40', field: 'customfield_10050', message: expect.stringMatching(/^Budget value .* is invalid \(planned: .*; currency: .*EURO.*\); the task is read without a budget$/) },
      { issue: 'WEB-40', field: 'property mops-state', message: expect.stringMatching(/^Mops state is unreadable \(schemaVersion: .*; stepSubtasks: .*\); treated as absent$/) },
    ]);
  });

  it('answers undefined for an issue that is gone or that the principal may not see', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    jira.on('getIssue', { status: 404, body: error404 });
    await expect(tracker.loadTaskContext('10099')).resolves.toBeUndefined();
    expect(tracker.hostCalls()).toBe(1);
  });

  it('refuses an issue missing what every task has, naming what is missing', async () => {
    const { jira, tracker } = trackerOverFakeJira();
    const { status: _status, ...fieldsWithoutStatus } = webinar.fields;
    const noStatus = { ...copy(webinar), fields: fieldsWithoutStatus };
    jira.on('getIssue', { status: 200, body: noStatus });
    const failure = tracker.loadTaskContext('10042');
    await expect(failure).rejects.toThrow(JiraResponseShapeError);
    await expect(failure).rejects.toThrow('Issue WEB-12 cannot be read as a task: its status field is missing or unreadable');
  });
});
