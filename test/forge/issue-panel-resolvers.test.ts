import type { TaskState } from '../../src/app/ports/task-state';
import errorFor403 from '../contract/jira/fixtures/error-403-edit.json';
import { callResolver } from './support/call-resolver';
import { expectNoContractViolations, type FakeForge, installFakeForge } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const onIssue = { issue: { id: '10042', key: 'EVT-12' } };

const finding = (taskId: string, score: number): TaskState['duplicates'][number] => ({
  taskId,
  score,
  decision: 'likely-duplicate',
  matchedTerms: ['warsaw', 'fair', 'stand'],
  sharedAssets: [],
});

/**
 * EVT-12 after Mops processed it: two agencies plan the same stand; the viewer may open the Berlin
 * agency's issue (AGY-3) but not the Paris agency's (PAR-8).
 */
async function processedFair(): Promise<FakeForge> {
  const forge = installFakeForge();
  await forge.configure(tradeFairSettings(), [ANA]);
  const state: TaskState = {
    schemaVersion: 1,
    template: { templateId: 'trade-fair', version: 1 },
    stepSubtasks: {},
    duplicates: [finding('10007', 0.91), finding('10008', 0.88)],
    dismissedDuplicateIds: [],
    commentedDuplicateIds: ['10007', '10008'],
  };
  forge.site.add({ ...newTradeFair(), properties: { 'mops-state': state } });
  forge.site.add({ ...newTradeFair(), id: '10007', key: 'AGY-3', projectId: '10001', type: 'Task', budget: { planned: 1_800_000, committed: 600_000, actual: 0, currency: 'EUR', category: 'agency', vendor: 'Berlin Stands' } });
  forge.site.add({ ...newTradeFair(), id: '10008', key: 'PAR-8', projectId: '10003', type: 'Task', hiddenFromViewer: true });
  return forge;
}

describe('getIssuePanel', () => {
  it('shows the budget, the template checklist and only the duplicates the viewer may open, in three calls as the viewer', async () => {
    const forge = await processedFair();

    const answer = await callResolver('getIssuePanel', {}, onIssue);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        key: 'EVT-12',
        budget: { line: { planned: 2_500_000, currency: 'EUR' }, inBase: { ok: true, currency: 'EUR', planned: 2_500_000 } },
        template: { id: 'trade-fair', applied: true },
        duplicates: [{ taskId: '10007', key: 'AGY-3', budget: { vendor: 'Berlin Stands' } }],
      },
    });
    expect(JSON.stringify(answer)).not.toContain('PAR-8');
    // The Edit Issues check runs alongside the read, so the order of those two is Jira's business.
    expect([...forge.site.calls().user].sort()).toEqual(['getIssue', 'getMyPermissions', 'searchAndReconsileIssuesUsingJqlPost']);
    expect(forge.site.calls().app).toEqual([]);
    expect(answer).toMatchObject({ ok: true, data: { canEditBudget: false } });
    expectNoContractViolations(forge);
  });

  it('answers not-found for an issue the viewer may not browse', async () => {
    const forge = await processedFair();
    const answer = await callResolver('getIssuePanel', {}, { issue: { id: '10008', key: 'PAR-8' } });
    expect(answer).toEqual({ ok: false, error: { kind: 'not-found', message: 'Issue 10008 does not exist or you do not have permission to see it' } });
    expect(forge.site.calls().app).toEqual([]);
  });

  it('refuses a payload with extra fields and a call from outside an issue, naming what is wrong', async () => {
    const forge = await processedFair();
    expect(await callResolver('getIssuePanel', { issueId: '10042' }, onIssue)).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^getIssuePanel payload not accepted: .*issueId/) },
    });
    expect(await callResolver('getIssuePanel', {}, { project: { id: '10000', key: 'EVT' } })).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: "getIssuePanel answers only inside the Mops issue panel: the call's context has no extension.issue.id" },
    });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
  });

  it('says Mops is unavailable while Jira keeps answering 429', async () => {
    const forge = await processedFair();
    forge.site.asUser.on('getIssue', { status: 429, headers: { 'Retry-After': '1' }, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } });
    const answer = await callResolver('getIssuePanel', {}, onIssue);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unavailable', message: expect.stringContaining('5 attempts, last status 429') } });
  });

  it('says Mops is unavailable, and why, before an admin has configured it', async () => {
    installFakeForge();
    expect(await callResolver('getIssuePanel', {}, onIssue)).toEqual({
      ok: false,
      error: { kind: 'unavailable', message: 'Mops is not set up on this site yet (settings, Jira field map not saved): a Jira admin saves them on the Mops settings page' },
    });
  });
});

describe('linkDuplicate and dismissDuplicate', () => {
  it('links as the viewer, then records the dismissal as the app', async () => {
    const forge = await processedFair();

    const answer = await callResolver('linkDuplicate', { otherTaskId: '10007', kind: 'duplicate' }, onIssue);

    expect(answer).toEqual({ ok: true, data: { taskId: '10042', otherTaskId: '10007', kind: 'duplicate', linked: true } });
    expect(forge.site.links).toEqual([{ type: 'Duplicate', outward: '10042', inward: '10007' }]);
    expect(forge.site.calls()).toEqual({ user: ['searchAndReconsileIssuesUsingJqlPost', 'linkIssues'], app: ['getIssue', 'setIssueProperty'] });
    expect((forge.site.find('10042')?.properties['mops-state'] as TaskState).dismissedDuplicateIds).toEqual(['10007']);
    expectNoContractViolations(forge);
  });

  it('answers not-found when Jira refuses the viewer the link (Jira says 404 for a missing Link permission), and records nothing', async () => {
    const forge = await processedFair();
    forge.site.asUser.on('linkIssues', { status: 404, body: { errorMessages: ['You do not have the permission to link issues.'], errors: {} } });
    const answer = await callResolver('linkDuplicate', { otherTaskId: '10007', kind: 'relates' }, onIssue);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'not-found', message: expect.stringContaining('You do not have the permission to link issues.') } });
    expect(forge.site.calls().app).toEqual([]);
    expectNoContractViolations(forge);
  });

  it('answers no-permission when Jira refuses the app the write to the issue property', async () => {
    const forge = await processedFair();
    forge.site.asApp.on('setIssueProperty', { status: 403, body: errorFor403 });
    const answer = await callResolver('dismissDuplicate', { otherTaskId: '10007' }, onIssue);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'no-permission', message: expect.stringContaining('No permission for Mops state of issue 10042') } });
    expectNoContractViolations(forge);
  });

  it('will not touch Mops state for a task the viewer cannot see, nor reveal that it exists', async () => {
    const forge = await processedFair();
    const answer = await callResolver('linkDuplicate', { otherTaskId: '10008', kind: 'duplicate' }, onIssue);
    expect(answer).toEqual({ ok: false, error: { kind: 'not-found', message: 'Task 10008 does not exist or you do not have permission to see it' } });
    expect(forge.site.links).toEqual([]);
    expect(forge.site.calls().app).toEqual([]);
  });

  it('dismisses a suggestion with one visibility check as the viewer and the state written as the app', async () => {
    const forge = await processedFair();
    expect(await callResolver('dismissDuplicate', { otherTaskId: '10007' }, onIssue)).toEqual({ ok: true, data: { taskId: '10042', otherTaskId: '10007', dismissed: true } });
    expect(forge.site.calls()).toEqual({ user: ['searchAndReconsileIssuesUsingJqlPost'], app: ['getIssue', 'setIssueProperty'] });

    const panel = await callResolver('getIssuePanel', {}, onIssue);
    expect(panel).toMatchObject({ ok: true, data: { duplicates: [] } });
  });

  it('names the field when the link kind is not one Mops knows', async () => {
    await processedFair();
    expect(await callResolver('linkDuplicate', { otherTaskId: '10007', kind: 'clones' }, onIssue)).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^linkDuplicate payload not accepted: kind: /) },
    });
  });
});
