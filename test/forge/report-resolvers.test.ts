import { callResolver } from './support/call-resolver';
import { type SiteIssue, STATUSES } from './support/fake-jira-site';
import { expectNoContractViolations, type FakeForge, installFakeForge } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const onProject = { project: { id: '10000', key: 'EVT' } };
const inProgress = STATUSES.inProgress as SiteIssue['status'];

/** A project of `count` open issues, each Ana's, one working day of effort, due within the next weeks. */
function bigProject(forge: FakeForge, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    forge.site.add({
      ...newTradeFair(),
      id: String(100_000 + index),
      key: `EVT-${index + 1}`,
      type: 'Task',
      summary: `Campaign asset ${index + 1}`,
      description: undefined,
      status: inProgress,
      duedate: `2026-12-${day}`,
      estimateSeconds: 8 * 3600,
      budget: undefined,
    });
  }
}

describe('getCapacity', () => {
  it('reads a project of 10,000 issues with paged searches only: 100 calls of 100 issues, none per issue', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    bigProject(forge, 10_000);

    const answer = (await callResolver('getCapacity', { weeks: 6 }, onProject)) as { ok: boolean; data: { grid: { people: Array<{ personId: string; cells: Array<{ allocatedMinutes: number; overAllocated: boolean }> }> } } };

    expect(answer.ok).toBe(true);
    const calls = forge.site.calls();
    expect(calls.app).toEqual([]);
    expect(new Set(calls.user)).toEqual(new Set(['searchAndReconsileIssuesUsingJqlPost']));
    expect(calls.user).toHaveLength(100);
    const ana = answer.data.grid.people[0];
    expect(ana?.personId).toBe(ANA.id);
    // 10,000 days of work for one person: every week of the horizon up to the last due date is over.
    expect(ana?.cells.slice(0, 5).every((cell) => cell.overAllocated)).toBe(true);
    const firstSearch = forge.site.asUser.calls('searchAndReconsileIssuesUsingJqlPost')[0]?.body as { jql: string; maxResults: number };
    expect(firstSearch).toMatchObject({ jql: 'updated >= "1969-12-31 12:00" AND statusCategory != Done', maxResults: 100 });
    expectNoContractViolations(forge);
  }, 60_000);

  it('refuses a horizon past 26 weeks, naming the field', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    expect(await callResolver('getCapacity', { weeks: 52 }, onProject)).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringMatching(/^getCapacity payload not accepted: weeks: /) },
    });
    expect(forge.site.calls().user).toEqual([]);
  });
});

describe('getBudgetReport', () => {
  it("rolls up the page's project from what the viewer can see, with paged searches only", async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    forge.site.add({ ...newTradeFair(), id: '10001', key: 'EVT-1', type: 'Campaign', summary: 'Spring fairs', budget: { planned: 5_000_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' } });
    forge.site.add({ ...newTradeFair(), parentId: '10001', budget: { planned: 2_500_000, committed: 2_400_000, actual: 2_600_000, currency: 'EUR', category: 'events' } });
    forge.site.add({ ...newTradeFair(), id: '10043', key: 'EVT-13', parentId: '10001', summary: 'Secret partner stand', hiddenFromViewer: true, budget: { planned: 9_000_000, committed: 9_000_000, actual: 9_000_000, currency: 'EUR', category: 'events' } });
    forge.site.add({ ...newTradeFair(), id: '20001', key: 'AGY-1', projectId: '10001', budget: { planned: 100, committed: 100, actual: 100, currency: 'EUR', category: 'events' } });

    const answer = (await callResolver('getBudgetReport', {}, onProject)) as { ok: true; data: { rollup: { lines: Record<string, { key?: string; total: { planned: number; actual: number } }> }; alerts: Array<{ key?: string; rule: { id: string } }> } };

    expect(answer.ok).toBe(true);
    expect(answer.data.rollup.lines['task:10001']).toMatchObject({ key: 'EVT-1', total: { planned: 7_500_000, actual: 2_600_000 } });
    expect(answer.data.rollup.lines['project:10000']).toMatchObject({ key: 'EVT', total: { planned: 7_500_000 } });
    expect(answer.data.rollup.lines['task:20001']).toBeUndefined();
    expect(answer.data.rollup.lines['task:10043']).toBeUndefined();
    expect(answer.data.alerts.map((alert) => `${alert.key} ${alert.rule.id}`)).toEqual(['EVT-12 committed-warning', 'EVT-12 actual-overrun']);
    expect(forge.site.calls()).toEqual({ user: ['searchAndReconsileIssuesUsingJqlPost'], app: [] });
    expect(forge.site.asUser.requests[0]?.body).toMatchObject({ jql: 'project in (10000)' });
    expectNoContractViolations(forge);
  });
});
