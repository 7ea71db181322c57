import { TaskState } from '../../src/app/ports/task-state';
import { issueCreated, issueDeleted, issueUpdated } from '../../src/hosts/jira';
import { ForgeDuplicateIndexStore, WarmIndexCache } from '../../src/hosts/jira/storage';
import { type SiteIssue, STATUSES } from './support/fake-jira-site';
import { expectNoContractViolations, type FakeForge, INSTALL_CONTEXT, installFakeForge } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const context = { installContext: INSTALL_CONTEXT };
const created = (issue: { id: string; key: string }) => ({ eventType: 'avi:jira:created:issue', issue: { id: issue.id, key: issue.key, fields: {} }, atlassianId: ANA.id });
const updated = (issue: { id: string; key: string }) => ({ eventType: 'avi:jira:updated:issue', issue: { id: issue.id, key: issue.key, fields: {} }, changelog: { items: [] } });

/** The same fair, planned by the Berlin agency in its own project: the duplicate Mops exists to catch. */
const agencyTwin: Omit<SiteIssue, 'properties'> = {
  ...newTradeFair(),
  id: '10007',
  key: 'AGY-3',
  projectId: '10001',
  type: 'Task',
  created: '2026-11-10T12:00:00.000+0100',
};

/** Issues that say other things, so the index has more than one document to weigh terms by. */
function otherWork(forge: FakeForge): void {
  const subjects = ['Quarterly newsletter to partners', 'Refresh the pricing page copy', 'Hire a video editor for product demos', 'Podcast episode on customer stories'];
  subjects.forEach((summary, index) =>
    forge.site.add({ ...newTradeFair(), id: String(10_100 + index), key: `MKT-${index + 1}`, projectId: '10002', type: 'Task', summary, description: summary }),
  );
}

async function siteWithTwin(): Promise<FakeForge> {
  const forge = installFakeForge();
  await forge.configure(tradeFairSettings(), [ANA]);
  otherWork(forge);
  forge.site.add(agencyTwin);
  for (const issue of [agencyTwin, ...[0, 1, 2, 3].map((index) => ({ id: String(10_100 + index), key: `MKT-${index + 1}` }))]) {
    await issueUpdated(updated(issue), context);
  }
  forge.site.add(newTradeFair());
  return forge;
}

const stateOf = (forge: FakeForge, id: string) => TaskState.parse(forge.site.find(id)?.properties['mops-state']);

describe('issue created trigger', () => {
  it('applies the five-step trade-fair template and flags the agency twin within five Jira calls, all as the app', async () => {
    const forge = await siteWithTwin();
    const before = forge.site.calls();

    const result = await issueCreated(created({ id: '10042', key: 'EVT-12' }), context);

    expect(result).toMatchObject({ outcome: 'processed', templateId: 'trade-fair', createdSubtasks: 5, setDefaults: true, commented: true });
    const calls = forge.site.calls();
    const appCalls = calls.app.slice(before.app.length);
    expect(appCalls).toEqual(['getIssue', 'createIssues', 'editIssue', 'setIssueProperty', 'addComment']);
    expect(calls.user).toEqual(before.user);
    expect(forge.site.subtasksOf('10042').map((subtask) => subtask.summary)).toEqual([
      'Book the stand space',
      'Design the stand and print files',
      'Ship the stand and materials',
      'Staff rota and briefing',
      'Leads report to sales',
    ]);
    expect(stateOf(forge, '10042').duplicates[0]).toMatchObject({ taskId: '10007', decision: 'likely-duplicate' });
    // The comment names no issue: the people who read EVT-12 may not be allowed to open AGY-3.
    expect(forge.site.comments).toEqual([{ issueId: '10042', text: expect.stringContaining('another task looks like the same work') }]);
    expect(forge.site.comments[0]?.text).not.toContain('AGY-3');
    expectNoContractViolations(forge);
  });

  it('creates one set of subtasks and one comment when Jira delivers the same event twice', async () => {
    const forge = await siteWithTwin();
    await issueCreated(created({ id: '10042', key: 'EVT-12' }), context);
    const again = await issueCreated(created({ id: '10042', key: 'EVT-12' }), context);

    expect(again).toMatchObject({ outcome: 'processed', createdSubtasks: 0, commented: false });
    expect(forge.site.subtasksOf('10042')).toHaveLength(5);
    expect(forge.site.comments).toHaveLength(1);
    expect(forge.site.calls().app.filter((operation) => operation === 'createIssues')).toHaveLength(1);
    expectNoContractViolations(forge);
  });

  it('lets only one of two deliveries running at once do the work', async () => {
    const forge = await siteWithTwin();
    const [first, second] = await Promise.all([issueCreated(created({ id: '10042', key: 'EVT-12' }), context), issueCreated(created({ id: '10042', key: 'EVT-12' }), context)]);

    expect([first, second].map((result) => result.outcome).sort()).toEqual(['busy', 'processed']);
    expect(forge.site.subtasksOf('10042')).toHaveLength(5);
    expect(forge.site.comments).toHaveLength(1);
  });

  it('is harmless when the update event overtakes the creation: the issue is indexed, then processed once', async () => {
    const forge = await siteWithTwin();
    expect(await issueUpdated(updated({ id: '10042', key: 'EVT-12' }), context)).toEqual({ outcome: 'indexed' });
    expect(forge.site.subtasksOf('10042')).toHaveLength(0);

    const result = await issueCreated(created({ id: '10042', key: 'EVT-12' }), context);
    expect(result).toMatchObject({ outcome: 'processed', createdSubtasks: 5 });
    expect(forge.site.comments).toHaveLength(1);
    expect(stateOf(forge, '10042').duplicates.map((finding) => finding.taskId)).toEqual(['10007']);
  });

  it('does nothing for an issue deleted before its event arrived', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    expect(await issueCreated(created({ id: '10042', key: 'EVT-12' }), context)).toMatchObject({ outcome: 'gone' });
    expect(forge.site.calls().app).toEqual(['getIssue']);
  });

  it('ignores an event of an unknown shape and says why in the log', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    const result = await issueCreated({ eventType: 'avi:jira:created:issue', issue: { key: 'EVT-12' } }, context);
    expect(result).toMatchObject({ outcome: 'ignored', reason: expect.stringContaining('issue.id') });
    expect(forge.logs.at(-1)).toMatchObject({ level: 'warn', message: expect.stringContaining('issue.id') });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
  });

  it('leaves issues alone until an admin has configured Mops', async () => {
    const forge = installFakeForge();
    forge.site.add(newTradeFair());
    const result = await issueCreated(created({ id: '10042', key: 'EVT-12' }), context);
    expect(result).toMatchObject({ outcome: 'ignored', reason: 'not configured (settings, Jira field map missing)' });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
  });
});

describe('issue updated and deleted triggers', () => {
  it('keep the duplicate index in step: an update re-reads the issue, a deletion removes it without calling Jira', async () => {
    const forge = await siteWithTwin();
    const index = () => new ForgeDuplicateIndexStore({ kv: forge.kv, clock: forge.clock, installationId: INSTALL_CONTEXT, cache: new WarmIndexCache() }).load();
    expect((await index()).size).toBe(5);

    forge.site.add({ ...agencyTwin, status: STATUSES.done as SiteIssue['status'] });
    expect(await issueUpdated(updated(agencyTwin), context)).toEqual({ outcome: 'indexed' });
    const callsBefore = forge.site.calls().app.length;
    expect(await issueDeleted({ eventType: 'avi:jira:deleted:issue', issue: { id: '10007', key: 'AGY-3' } }, context)).toEqual({ outcome: 'removed' });
    expect(forge.site.calls().app).toHaveLength(callsBefore);
    expect((await index()).size).toBe(4);
  });
});
