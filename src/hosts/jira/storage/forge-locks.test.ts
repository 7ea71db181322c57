import { CountingKeyValueStore } from './counting-key-value-store';
import { ForgeLocks } from './forge-locks';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import { ManualClock } from './test-clock';

function instances(count: number, kv: InMemoryKeyValueStore | CountingKeyValueStore, clock: ManualClock): ForgeLocks[] {
  return Array.from({ length: count }, (_, instance) => {
    let leases = 0;
    return new ForgeLocks({ kv, clock, newToken: () => `instance-${instance}-lease-${(leases += 1)}` });
  });
}

describe('ForgeLocks', () => {
  it('gives a free key to the first caller and refuses it to the next until released', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new CountingKeyValueStore(new InMemoryKeyValueStore(clock));
    const [first, second] = instances(2, kv, clock);
    expect(await first?.acquire('task-created:10042', 120)).toBe(true);
    expect(kv.counts()).toMatchObject({ setIfAbsent: 1, reads: 0 });
    expect(await second?.acquire('task-created:10042', 120)).toBe(false);
    await first?.release('task-created:10042');
    expect(await second?.acquire('task-created:10042', 120)).toBe(true);
  });

  it('stores when the lease expires, and lets another caller take it once that instant has passed', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    const [crashed, next] = instances(2, kv, clock);
    await crashed?.acquire('task-created:10042', 120);
    expect(await kv.get('mops:lease:task-created:10042')).toMatchObject({ acquiredAt: '2026-11-23T09:00:00.000Z', expiresAt: '2026-11-23T09:02:00.000Z' });
    clock.advanceSeconds(119);
    expect(await next?.acquire('task-created:10042', 120)).toBe(false);
    clock.advanceSeconds(1);
    expect(await next?.acquire('task-created:10042', 120)).toBe(true);
    expect(await kv.get('mops:lease:task-created:10042')).toMatchObject({ token: 'instance-1-lease-2', expiresAt: '2026-11-23T09:04:00.000Z' });
  });

  it('gives a free key to exactly one of twelve instances acquiring at once', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    const results = await Promise.all(instances(12, kv, clock).map((locks) => locks.acquire('task-created:10042', 120)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('gives an expired lease to exactly one of twelve instances taking it over at once', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    const [crashed, ...contenders] = instances(13, kv, clock);
    await crashed?.acquire('task-created:10042', 60);
    clock.advanceSeconds(61);
    const results = await Promise.all(contenders.map((locks) => locks.acquire('task-created:10042', 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true) + 1;
    expect(await kv.get('mops:lease:task-created:10042')).toMatchObject({ token: `instance-${winner}-lease-1` });
    // A straggler that still saw the crashed lease cannot take it over a second time.
    expect(await crashed?.acquire('task-created:10042', 60)).toBe(false);
  });

  it('never lets a holder that overran its lease remove the lease of whoever took over', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    const [slow, taker, third] = instances(3, kv, clock);
    await slow?.acquire('backfill', 60);
    clock.advanceSeconds(90);
    expect(await taker?.acquire('backfill', 60)).toBe(true);
    await slow?.release('backfill');
    expect(await third?.acquire('backfill', 60)).toBe(false);
  });

  it('leaves a lease that is about to expire to expire, rather than race a takeover by deleting it', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    const [holder] = instances(1, kv, clock);
    await holder?.acquire('backfill', 60);
    clock.advanceSeconds(57);
    await holder?.release('backfill');
    expect(await kv.get('mops:lease:backfill')).toBeDefined();
  });

  it('takes over a lease record it cannot read instead of being blocked by it for ever', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const kv = new InMemoryKeyValueStore(clock);
    await kv.set('mops:lease:backfill', { holder: 'an older Mops' });
    const results = await Promise.all(instances(5, kv, clock).map((locks) => locks.acquire('backfill', 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('refuses a lease length that is not a whole number of seconds', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const [locks] = instances(1, new InMemoryKeyValueStore(clock), clock);
    await expect(locks?.acquire('backfill', 0.5) ?? Promise.resolve()).rejects.toThrow('A lease on "backfill" needs a whole number of seconds from 1 to 86400; got 0.5');
  });
});
