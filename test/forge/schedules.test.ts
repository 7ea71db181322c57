import { backfillConsumer, indexMaintenance, weeklyDigest } from '../../src/hosts/jira';
import type { WeeklyDigest } from '../../src/hosts/jira/schedules/weekly-digest-record';
import { callResolver } from './support/call-resolver';
import { type SiteIssue, STATUSES } from './support/fake-jira-site';
import { expectNoContractViolations, type FakeForge, INSTALL_CONTEXT, installFakeForge, SITE_SETUP } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const context = { installContext: INSTALL_CONTEXT };
const scheduled = { context: { cloudId: '7c3e2f1a', moduleKey: 'weekly-digest-schedule' }, contextToken: 'token' };
const inProgress = STATUSES.inProgress as SiteIssue['status'];

/**
 * The spring fairs campaign (EVT-1) over its Warsaw stand (EVT-12), which has committed 96% and spent
 * 104% of its plan; and Ana, who has three weeks of stand work due in the coming two.
 */
async function overspentCampaign(): Promise<FakeForge> {
  const forge = installFakeForge('2026-11-23T06:00:00Z');
  await forge.configure(tradeFairSettings(), [ANA]);
  forge.site.add({ ...newTradeFair(), id: '10001', key: 'EVT-1', type: 'Campaign', summary: 'Spring fairs', budget: undefined, status: inProgress });
  forge.site.add({ ...newTradeFair(), parentId: '10001', status: inProgress, duedate: '2026-12-04', estimateSeconds: 120 * 3600, budget: { planned: 2_500_000, committed: 2_400_000, actual: 2_600_000, currency: 'EUR', category: 'events' } });
  return forge;
}

describe('weekly digest', () => {
  it('reads the site as the app, comments once per newly crossed threshold on the campaign, and stores the digest', async () => {
    const forge = await overspentCampaign();

    const digest = (await weeklyDigest(scheduled, context)) as WeeklyDigest;

    expect(digest).toMatchObject({ isoWeek: '2026-W48', asOf: '2026-11-23', complete: true, tasksRead: 2, baseCurrency: 'EUR', commentsDeferred: 0 });
    expect(digest.budgetAlerts.filter((alert) => alert.level === 'campaign').map((alert) => alert.rule.id)).toEqual(['committed-warning', 'actual-overrun']);
    expect(digest.commented).toEqual([
      { taskId: '10001', key: 'EVT-1', ruleId: 'committed-warning' },
      { taskId: '10001', key: 'EVT-1', ruleId: 'actual-overrun' },
    ]);
    expect(digest.overAllocated[0]).toMatchObject({ personId: ANA.id, isoWeek: '2026-W48' });
    expect(forge.site.comments.map((comment) => comment.issueId)).toEqual(['10001', '10001']);
    expect(forge.site.comments[1]?.text).toContain('actual spend on this campaign reached 104% of its planned budget (EUR 26,000.00 of EUR 25,000.00); the alert is set at 100%.');
    // The campaign's readers may not be allowed to open the stand issue: the comment does not name it.
    expect(forge.site.comments.map((comment) => comment.text).join(' ')).not.toContain('EVT-12');
    expect(forge.site.calls()).toEqual({ user: [], app: ['searchAndReconsileIssuesUsingJqlPost', 'addComment', 'addComment'] });
    expectNoContractViolations(forge);
  });

  it('says nothing twice: a second run in the same week stores the digest again and comments on nothing', async () => {
    const forge = await overspentCampaign();
    await weeklyDigest(scheduled, context);
    forge.clock.advanceSeconds(3600);
    const again = (await weeklyDigest(scheduled, context)) as WeeklyDigest;
    expect(again.commented).toEqual([]);
    expect(forge.site.comments).toHaveLength(2);
  });

  it('comments again when a threshold cleared and is crossed anew', async () => {
    const forge = await overspentCampaign();
    await weeklyDigest(scheduled, context);
    const stand = forge.site.find('10042') as SiteIssue;
    stand.budget = { ...(stand.budget as NonNullable<SiteIssue['budget']>), committed: 1_000_000, actual: 1_000_000 };
    forge.clock.advanceSeconds(7 * 24 * 3600);
    expect(((await weeklyDigest(scheduled, context)) as WeeklyDigest).commented).toEqual([]);

    stand.budget = { ...(stand.budget as NonNullable<SiteIssue['budget']>), actual: 2_700_000 };
    forge.clock.advanceSeconds(7 * 24 * 3600);
    const third = (await weeklyDigest(scheduled, context)) as WeeklyDigest;
    expect(third.commented).toEqual([{ taskId: '10001', key: 'EVT-1', ruleId: 'actual-overrun' }]);
    expect(forge.site.comments).toHaveLength(3);
  });

  it('shows the latest digest to admins on the settings page', async () => {
    const forge = await overspentCampaign();
    await weeklyDigest(scheduled, context);
    forge.site.viewerIsAdmin = true;
    expect(await callResolver('getAdminSettings', {})).toMatchObject({ ok: true, data: { digest: { isoWeek: '2026-W48', commented: [{ key: 'EVT-1' }, { key: 'EVT-1' }] } } });
  });

  it('does nothing on a site Mops has not been configured for', async () => {
    const forge = installFakeForge();
    expect(await weeklyDigest(scheduled, context)).toMatchObject({ outcome: 'ignored' });
    expect(forge.site.calls()).toEqual({ user: [], app: [] });
  });
});

describe('daily index maintenance', () => {
  it('stores a duplicate-index snapshot once the backfill has finished, without calling Jira', async () => {
    const forge = await overspentCampaign();
    forge.site.viewerIsAdmin = true;
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    await backfillConsumer({ body: forge.queued[0]?.event }, context);
    await forge.kv.delete('mops:dup:snapshot');
    const calls = forge.site.calls();

    expect(await indexMaintenance(scheduled, context)).toEqual({ snapshot: 'written', backfill: 'finished' });
    expect(await forge.kv.get('mops:dup:snapshot')).toBeDefined();
    expect(forge.site.calls()).toEqual(calls);
  });

  it('queues a backfill again when its chain of events broke half an hour ago', async () => {
    const forge = await overspentCampaign();
    forge.site.viewerIsAdmin = true;
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    expect(await indexMaintenance(scheduled, context)).toEqual({ snapshot: 'skipped', backfill: 'running' });

    forge.clock.advanceSeconds(31 * 60);
    expect(await indexMaintenance(scheduled, context)).toEqual({ snapshot: 'skipped', backfill: 'resumed' });
    expect(forge.queued.at(-1)).toEqual({ event: { kind: 'backfill-batch', fromBatch: 0 } });
  });
});
