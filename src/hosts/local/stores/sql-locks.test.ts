import type { Clock } from '../../../app/ports/clock';
import { databaseForThisFile } from '../../../../test/support/local-database';
import type { SqlClient } from '../database/sql-client';
import { SqlLocks } from './sql-locks';

const database = databaseForThisFile();
let db: SqlClient;
beforeEach(() => {
  db = database();
});
beforeEach(async () => {
  await db.query('TRUNCATE leases');
});

/** A clock the test moves by hand. */
function handClock(start: string): Clock & { advance(seconds: number): void } {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (seconds) => (now += seconds * 1000) };
}

describe('SqlLocks', () => {
  it('gives a lease to one holder until it is released', async () => {
    const clock = handClock('2026-11-23T10:00:00Z');
    const trigger = new SqlLocks(db, clock);
    const redelivery = new SqlLocks(db, clock);
    expect(await trigger.acquire('task-created:10042', 120)).toBe(true);
    expect(await redelivery.acquire('task-created:10042', 120)).toBe(false);
    expect(await redelivery.acquire('task-created:10043', 120)).toBe(true);
    await trigger.release('task-created:10042');
    expect(await redelivery.acquire('task-created:10042', 120)).toBe(true);
  });

  it('lets exactly one of many simultaneous contenders win', async () => {
    const clock = handClock('2026-11-23T10:00:00Z');
    const contenders = Array.from({ length: 12 }, () => new SqlLocks(db, clock));
    const won = await Promise.all(contenders.map((locks) => locks.acquire('backfill', 60)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('lets a crashed run’s lease expire, and the late holder cannot free its successor’s lease', async () => {
    const clock = handClock('2026-11-23T10:00:00Z');
    const crashed = new SqlLocks(db, clock);
    const next = new SqlLocks(db, clock);
    expect(await crashed.acquire('task-created:10042', 120)).toBe(true);
    clock.advance(119);
    expect(await next.acquire('task-created:10042', 120)).toBe(false);
    clock.advance(1);
    expect(await next.acquire('task-created:10042', 120)).toBe(true);
    await crashed.release('task-created:10042');
    expect(await new SqlLocks(db, clock).acquire('task-created:10042', 120)).toBe(false);
  });

  it('refuses a lease length that is not a whole number of seconds up to a day', async () => {
    const locks = new SqlLocks(db, handClock('2026-11-23T10:00:00Z'));
    await expect(locks.acquire('x', 0)).rejects.toThrow('A lease on "x" needs a whole number of seconds from 1 to 86400; got 0');
    await expect(locks.acquire('x', 1.5)).rejects.toThrow('got 1.5');
  });
});
