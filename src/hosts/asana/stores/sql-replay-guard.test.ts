import type { SqlClient } from '../../local/database/sql-client';
import { SqlReplayGuard } from './sql-replay-guard';
import { describeOnEachDatabase } from './testing/each-database';

const NINE_AM = new Date('2026-11-23T09:00:00Z');
const at = (seconds: number) => new Date(NINE_AM.getTime() + seconds * 1000);

describeOnEachDatabase('SqlReplayGuard', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_replay_keys');
  });

  it('lets a webhook event through once, and again only after its TTL or when forgotten', async () => {
    const seen = new SqlReplayGuard(db);
    expect(await seen.firstUse('event:1201/changed/2026-11-23T08:59:58Z', 60, NINE_AM)).toBe(true);
    expect(await seen.firstUse('event:1201/changed/2026-11-23T08:59:58Z', 60, at(59))).toBe(false);
    expect(await seen.firstUse('event:1202/added/2026-11-23T08:59:58Z', 60, at(59))).toBe(true);
    expect(await seen.firstUse('event:1201/changed/2026-11-23T08:59:58Z', 60, at(60))).toBe(true);

    await seen.forget('event:1202/added/2026-11-23T08:59:58Z');
    expect(await seen.firstUse('event:1202/added/2026-11-23T08:59:58Z', 60, at(61))).toBe(true);
  });

  it('lets exactly one of two servers offered the same delivery at once act on it', async () => {
    const [first, second] = await Promise.all([new SqlReplayGuard(db).firstUse('idem:7c1e', 300, NINE_AM), new SqlReplayGuard(db).firstUse('idem:7c1e', 300, NINE_AM)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);

    const many = await Promise.all(Array.from({ length: 10 }, () => new SqlReplayGuard(db).firstUse('idem:9d2f', 300, NINE_AM)));
    expect(many.filter(Boolean)).toHaveLength(1);
  });

  it('sweeps only expired keys, and refuses a TTL that is not positive', async () => {
    const seen = new SqlReplayGuard(db);
    await seen.firstUse('old', 10, NINE_AM);
    await seen.firstUse('fresh', 3600, NINE_AM);
    expect(await seen.sweepExpired(at(10))).toBe(1);
    expect(await db.query('SELECT key FROM asana_replay_keys')).toEqual([{ key: 'fresh' }]);
    await expect(seen.firstUse('x', 0, NINE_AM)).rejects.toThrow('ttlSeconds must be a positive number of seconds; got 0');
  });
});
