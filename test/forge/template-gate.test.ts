import { issueCreated, templateGate } from '../../src/hosts/jira';
import { type SiteIssue, STATUSES } from './support/fake-jira-site';
import { expectNoContractViolations, type FakeForge, INSTALL_CONTEXT, installFakeForge } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const context = { installContext: INSTALL_CONTEXT };
const toDone = { issue: { key: 'EVT-12' }, transition: { from: { id: STATUSES.inProgress?.id }, to: { id: STATUSES.done?.id } } };
const toInProgress = { issue: { key: 'EVT-12' }, transition: { from: { id: STATUSES.toDo?.id }, to: { id: STATUSES.inProgress?.id } } };

/** EVT-12 with its five trade-fair steps created by Mops, none of them done yet. */
async function fairWithSteps(): Promise<FakeForge> {
  const forge = installFakeForge();
  await forge.configure(tradeFairSettings(), [ANA]);
  forge.site.add({ ...newTradeFair(), status: STATUSES.inProgress as SiteIssue['status'] });
  await issueCreated({ eventType: 'avi:jira:created:issue', issue: { id: '10042', key: 'EVT-12' } }, context);
  return forge;
}

function finishStep(forge: FakeForge, title: string): void {
  const subtask = forge.site.subtasksOf('10042').find((candidate) => candidate.summary === title);
  if (!subtask) throw new Error(`No subtask "${title}" under EVT-12`);
  subtask.status = STATUSES.done as SiteIssue['status'];
}

describe('template gate (workflow validator)', () => {
  it('blocks Done while shipping and the leads report are outstanding, and says so in plain words', async () => {
    const forge = await fairWithSteps();
    const before = forge.site.calls().app.length;

    const answer = await templateGate(toDone, context);

    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toMatch(/^Mops: this issue cannot move to “Done” yet\. /);
    expect(answer.errorMessage).toContain('Ship the stand and materials');
    expect(answer.errorMessage).toContain('Leads report to sales');
    expect(answer.errorMessage).toMatch(/The Mops panel on the issue lists every step\.$/);
    expect(forge.site.calls().app.slice(before)).toEqual(['getStatus', 'getIssue']);
    expectNoContractViolations(forge);
  });

  it('asks Jira for a status once; later transitions to it read the name from KVS', async () => {
    const forge = await fairWithSteps();
    await templateGate(toDone, context);
    const before = forge.site.calls().app.length;
    await templateGate(toDone, context);
    expect(forge.site.calls().app.slice(before)).toEqual(['getIssue']);
  });

  it('lets the issue through once the gated steps are done', async () => {
    const forge = await fairWithSteps();
    finishStep(forge, 'Ship the stand and materials');
    expect(await templateGate(toDone, context)).toMatchObject({ result: false, errorMessage: expect.not.stringContaining('Ship the stand') });
    finishStep(forge, 'Leads report to sales');
    expect(await templateGate(toDone, context)).toEqual({ result: true });
  });

  it('does not stand in the way of statuses no gate guards', async () => {
    await fairWithSteps();
    expect(await templateGate(toInProgress, context)).toEqual({ result: true });
  });

  it('never blocks work because of its own trouble: a Jira outage lets the transition through, logged', async () => {
    const forge = await fairWithSteps();
    forge.site.asApp.on('getIssue', { status: 503, body: { errorMessages: ['Service unavailable'], errors: {} } });
    expect(await templateGate(toDone, context)).toEqual({ result: true });
    expect(forge.logs.at(-1)).toMatchObject({ level: 'error', message: 'Template gate let EVT-12 through: the check failed' });
  });

  it('lets a call it cannot read through, and a site not yet configured', async () => {
    const forge = installFakeForge();
    expect(await templateGate({ issue: { key: 'EVT-12' }, transition: { to: {} } }, context)).toEqual({ result: true });
    expect(await templateGate(toDone, context)).toEqual({ result: true });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
    expect(forge.logs.map((entry) => entry.message)).toEqual([
      'Template gate let a transition through: the call is not a workflow validator call',
      'Template gate let EVT-12 through: Mops is not configured',
    ]);
  });
});
