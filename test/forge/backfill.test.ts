import { backfillConsumer } from '../../src/hosts/jira';
import { ForgeBackfillCursor, ForgeDuplicateIndexStore, ForgeLocks, WarmIndexCache } from '../../src/hosts/jira/storage';
import { callResolver } from './support/call-resolver';
import { expectNoContractViolations, type FakeForge, INSTALL_CONTEXT, installFakeForge, type QueuedEvent, SITE_SETUP } from './support/fake-platform';
import { ANA, newTradeFair, tradeFairSettings } from './support/test-settings';

const context = { installContext: INSTALL_CONTEXT };
const delivered = (queued: QueuedEvent | undefined) => ({ body: queued?.event, queueName: 'mops-backfill', jobId: 'job-1', eventId: 'event-1' });

/** A site that already had `count` issues when Mops was installed; one of them is damaged. */
async function siteBeforeMops(count: number): Promise<FakeForge> {
  const forge = installFakeForge();
  await forge.configure(tradeFairSettings(), [ANA]);
  for (let index = 0; index < count; index += 1) {
    forge.site.add({
      ...newTradeFair(),
      id: String(100_001 + index),
      key: `OLD-${index + 1}`,
      type: 'Task',
      summary: `Existing work item ${index + 1}`,
      ...(index === 7 ? { created: 'yesterday' } : {}),
    });
  }
  forge.site.viewerIsAdmin = true;
  return forge;
}

const indexSize = (forge: FakeForge) => new ForgeDuplicateIndexStore({ kv: forge.kv, clock: forge.clock, installationId: INSTALL_CONTEXT, cache: new WarmIndexCache() }).load().then((index) => index.size);

describe('backfill queue consumer', () => {
  it('indexes every existing issue in batches of 20 pages, resuming by issue id, then stores a snapshot', async () => {
    const forge = await siteBeforeMops(2_150);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    const appCallsBefore = forge.site.calls().app.length;

    const first = await backfillConsumer(delivered(forge.queued[0]), context);
    expect(first).toMatchObject({ outcome: 'continued', pages: 20, position: { batch: 20, issuesSeen: 2_000, issuesIndexed: 1_999, issuesSkipped: 1, lastIssueId: '102000' } });
    expect(forge.queued.at(-1)).toEqual({ event: { kind: 'backfill-batch', fromBatch: 20 } });
    const firstCalls = forge.site.calls().app.slice(appCallsBefore);
    expect(firstCalls).toHaveLength(20);
    expect(new Set(firstCalls)).toEqual(new Set(['searchAndReconsileIssuesUsingJqlPost']));

    const second = await backfillConsumer(delivered(forge.queued.at(-1)), context);
    expect(second).toMatchObject({ outcome: 'finished', pages: 2, position: { issuesSeen: 2_150, issuesIndexed: 2_149, finishedAt: '2026-11-23T10:00:00.000Z' } });
    const searches = forge.site.asApp.calls('searchAndReconsileIssuesUsingJqlPost').map((request) => (request.body as { jql: string }).jql);
    expect(searches[0]).toBe('created >= "1970-01-01" ORDER BY id ASC');
    expect(searches[20]).toBe('created >= "1970-01-01" AND id > 102000 ORDER BY id ASC');
    expect(await indexSize(forge)).toBe(2_149);
    expect(await forge.kv.get('mops:dup:snapshot')).toBeDefined();
    expectNoContractViolations(forge);
  });

  it('drops a re-delivered batch without calling Jira', async () => {
    const forge = await siteBeforeMops(150);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    await backfillConsumer(delivered(forge.queued[0]), context);
    const calls = forge.site.calls().app.length;

    expect(await backfillConsumer(delivered(forge.queued[0]), context)).toEqual({ outcome: 'already-finished', pages: 0 });
    expect(forge.site.calls().app).toHaveLength(calls);
  });

  it('drops a batch that an admin restart overtook', async () => {
    const forge = await siteBeforeMops(2_150);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    await backfillConsumer(delivered(forge.queued[0]), context);
    const stale = forge.queued.at(-1);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP, restartBackfill: true });

    expect(await backfillConsumer(delivered(stale), context)).toEqual({ outcome: 'stale', pages: 0 });
    expect(await backfillConsumer(delivered(forge.queued.at(-1)), context)).toMatchObject({ outcome: 'continued', position: { batch: 20 } });
  });

  it('steps aside while another batch holds the lease, and tries again a minute later', async () => {
    const forge = await siteBeforeMops(10);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    const holder = new ForgeLocks({ kv: forge.kv, clock: forge.clock });
    expect(await holder.acquire('backfill', 360)).toBe(true);

    expect(await backfillConsumer(delivered(forge.queued[0]), context)).toEqual({ outcome: 'busy', pages: 0 });
    expect(forge.queued.at(-1)).toEqual({ event: { kind: 'backfill-batch', fromBatch: 0 }, delayInSeconds: 60 });
    expect(await new ForgeBackfillCursor({ kv: forge.kv, clock: forge.clock }).load()).toMatchObject({ batch: 0 });
  });

  it('ignores an event that is not a backfill batch', async () => {
    const forge = await siteBeforeMops(1);
    expect(await backfillConsumer({ body: { kind: 'reindex-everything' } }, context)).toMatchObject({ outcome: 'ignored', reason: expect.stringContaining('kind') });
    expect(forge.site.calls().app).toEqual([]);
  });
});
