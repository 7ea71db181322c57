import { callResolver } from './support/call-resolver';
import { BUDGET_FIELD } from './support/fake-jira-site';
import { expectNoContractViolations, type FakeForge, installFakeForge } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const onIssue = { issue: { id: '10042', key: 'EVT-12' } };
/** EVT-12's budget as Jira holds it: €25,000 planned for the Warsaw stand. */
const started = { planned: 2_500_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' };

/** The Warsaw fair stand on a configured site; Ana has Edit Issues on it unless told otherwise. */
async function fairSite({ editable = true } = {}): Promise<FakeForge> {
  const forge = installFakeForge();
  await forge.configure(tradeFairSettings(), [ANA]);
  forge.site.add({ ...newTradeFair(), editableByViewer: editable });
  return forge;
}

describe('saveTaskBudget over Jira', () => {
  it('checks Edit Issues and reads the issue as the person, then writes the budget field as the app: three calls', async () => {
    const forge = await fairSite();
    const budget = { ...started, planned: 2_750_050, committed: 1_200_000, vendor: 'StandBuild Sp. z o.o.' };

    const answer = await callResolver('saveTaskBudget', { budget, expected: started }, onIssue);

    expect(answer).toEqual({
      ok: true,
      data: { saved: true, taskId: '10042', budget: { line: budget, inBase: { ok: true, currency: 'EUR', planned: 2_750_050, committed: 1_200_000, actual: 0 } } },
    });
    expect([...forge.site.calls().user].sort()).toEqual(['getIssue', 'getMyPermissions']);
    expect(forge.site.calls().app).toEqual(['editIssue']);
    expect(forge.site.asUser.calls('getMyPermissions')[0]?.query.toString()).toBe('issueId=10042&permissions=EDIT_ISSUES');
    expect(forge.site.edits).toEqual([{ issueId: '10042', body: { fields: { [BUDGET_FIELD]: budget } } }]);
    expectNoContractViolations(forge);
  });

  it('answers no-permission to someone who may browse the issue but not edit it, and writes nothing', async () => {
    const forge = await fairSite({ editable: false });

    const answer = await callResolver('saveTaskBudget', { budget: { ...started, planned: 1 }, expected: started }, onIssue);

    expect(answer).toEqual({ ok: false, error: { kind: 'no-permission', message: 'You may see task 10042 but not edit it, so its budget was not changed' } });
    expect(forge.site.calls().app).toEqual([]);
    expect(forge.site.edits).toEqual([]);
    expectNoContractViolations(forge);
  });

  it('answers not-found for an issue the person may not browse, as Jira’s permission check does', async () => {
    const forge = await fairSite();
    forge.site.add({ ...newTradeFair(), id: '10008', key: 'PAR-8', hiddenFromViewer: true });

    const answer = await callResolver('saveTaskBudget', { budget: started, expected: null }, { issue: { id: '10008', key: 'PAR-8' } });

    expect(answer).toEqual({ ok: false, error: { kind: 'not-found', message: 'Task 10008 does not exist or you do not have permission to see it' } });
    expect(forge.site.calls().app).toEqual([]);
    expectNoContractViolations(forge);
  });

  it('refuses to overwrite a budget someone changed meanwhile, and says to reload', async () => {
    const forge = await fairSite();
    const meanwhile = { ...started, committed: 900_000 };
    const issue = forge.site.find('10042');
    if (issue) issue.budget = meanwhile;

    const answer = await callResolver('saveTaskBudget', { budget: { ...started, planned: 3_000_000 }, expected: started }, onIssue);

    expect(answer).toMatchObject({ ok: true, data: { saved: false, reason: 'changed-elsewhere', current: meanwhile, message: expect.stringContaining('Reload') } });
    expect(forge.site.calls().app).toEqual([]);
    expectNoContractViolations(forge);
  });

  it('names the field of a budget the organisation does not accept, before any write', async () => {
    const forge = await fairSite();

    const answer = await callResolver('saveTaskBudget', { budget: { ...started, category: 'catering' }, expected: started }, onIssue);

    expect(answer).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^Budget of task 10042 not saved: category: Unknown cost category "catering"; expected one of: media, /) },
    });
    expect(await callResolver('saveTaskBudget', { budget: { ...started, planned: 12.5 }, expected: started }, onIssue)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^saveTaskBudget payload not accepted: budget\.planned: /) },
    });
    expect(forge.site.calls().app).toEqual([]);
  });
});
