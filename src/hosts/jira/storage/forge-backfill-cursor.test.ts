import { ForgeBackfillCursor } from './forge-backfill-cursor';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import { ManualClock } from './test-clock';

const JQL = 'project in (WEB, BRAND) ORDER BY id ASC';

function setting() {
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  const kv = new InMemoryKeyValueStore(clock);
  return { clock, kv, cursor: () => new ForgeBackfillCursor({ kv, clock }) };
}

describe('ForgeBackfillCursor', () => {
  it('has nothing stored before the first backfill', async () => {
    expect(await setting().cursor().load()).toBeUndefined();
  });

  it('pages through 250 issues in three batches and records when it finished', async () => {
    const { clock, cursor } = setting();
    let position = await cursor().start(JQL);
    const pages = [
      { nextPageToken: 'page-2', lastIssueId: '10099', issuesSeen: 100, issuesIndexed: 99, issuesSkipped: 1 },
      { nextPageToken: 'page-3', lastIssueId: '10199', issuesSeen: 100, issuesIndexed: 100, issuesSkipped: 0 },
      { lastIssueId: '10249', issuesSeen: 50, issuesIndexed: 48, issuesSkipped: 2 },
    ];
    for (const page of pages) {
      clock.advanceSeconds(40);
      const next = await cursor().advance(position.batch, page);
      if (next === 'stale') throw new Error('a fresh batch was called stale');
      position = next;
    }
    expect(position).toEqual({
      schemaVersion: 1,
      jql: JQL,
      lastIssueId: '10249',
      batch: 3,
      issuesSeen: 250,
      issuesIndexed: 247,
      issuesSkipped: 3,
      startedAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:02:00.000Z',
      finishedAt: '2026-11-23T09:02:00.000Z',
    });
  });

  it('resumes where the last batch stopped after the consumer died, from the stored page token', async () => {
    const { cursor } = setting();
    const started = await cursor().start(JQL);
    await cursor().advance(started.batch, { nextPageToken: 'page-2', issuesSeen: 100, issuesIndexed: 100, issuesSkipped: 0 });
    const resumed = await cursor().load();
    expect(resumed).toMatchObject({ batch: 1, nextPageToken: 'page-2', issuesIndexed: 100 });
  });

  it('calls a re-delivered batch stale and leaves the counts alone', async () => {
    const { cursor } = setting();
    const started = await cursor().start(JQL);
    const page = { nextPageToken: 'page-2', issuesSeen: 100, issuesIndexed: 100, issuesSkipped: 0 };
    await cursor().advance(started.batch, page);
    expect(await cursor().advance(started.batch, page)).toBe('stale');
    expect(await cursor().load()).toMatchObject({ batch: 1, issuesSeen: 100 });
  });

  it('does not restart a running backfill when the install event arrives twice, unless asked to', async () => {
    const { cursor } = setting();
    const started = await cursor().start(JQL);
    await cursor().advance(started.batch, { nextPageToken: 'page-2', issuesSeen: 100, issuesIndexed: 100, issuesSkipped: 0 });
    expect(await cursor().start(JQL)).toMatchObject({ batch: 1, nextPageToken: 'page-2' });
    expect(await cursor().start(JQL, { restart: true })).toMatchObject({ batch: 0, issuesSeen: 0 });
    expect((await cursor().load())?.nextPageToken).toBeUndefined();
  });

  it('names the key when the stored position is not one', async () => {
    const { kv, cursor } = setting();
    await kv.set('mops:backfill', { schemaVersion: 1, jql: JQL, batch: -1 });
    await expect(cursor().load()).rejects.toThrow(/^Stored record "mops:backfill" is not a valid Backfill position record of schemaVersion 1 at "batch"/);
  });
});
