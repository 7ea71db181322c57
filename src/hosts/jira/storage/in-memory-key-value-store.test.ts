import { ForgeKvsAPIError } from '@forge/kvs';
import { CountingKeyValueStore } from './counting-key-value-store';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import { ManualClock } from './test-clock';

async function refusal(action: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  try {
    await action;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return { code: error.code, status: error.responseDetails.status, message: error.message };
    throw error;
  }
  throw new Error('expected Forge to refuse the request');
}

describe('InMemoryKeyValueStore', () => {
  it('refuses keys Forge refuses, with Forge error codes', async () => {
    const store = new InMemoryKeyValueStore();
    expect(await refusal(store.set('k'.repeat(501), 1))).toMatchObject({ code: 'KEY_TOO_LONG', status: 400 });
    expect((await refusal(store.set('k'.repeat(501), 1))).message).toContain('maximum 500 characters');
    expect(await refusal(store.get('mops/settings'))).toMatchObject({ code: 'INVALID_KEY', status: 400 });
    expect(await refusal(store.get(''))).toMatchObject({ code: 'KEY_TOO_SHORT' });
    await store.set('k'.repeat(500), 1);
    expect(await store.get('k'.repeat(500))).toBe(1);
    expect(await store.get('mops:dup:task:10042 #2-a_b.c')).toBeUndefined();
  });

  it('takes a value of exactly 240 KiB of JSON and refuses one byte more', async () => {
    const store = new InMemoryKeyValueStore();
    const limit = 240 * 1024;
    await store.set('big', 'x'.repeat(limit - 2));
    const refused = await refusal(store.set('bigger', 'x'.repeat(limit - 1)));
    expect(refused.code).toBe('MAX_SIZE');
    expect(refused.message).toBe(
      'The provided value has exceeded the maximum size limit. Key "bigger" holds 245761 bytes; at most 245760 (240 KiB) are allowed.',
    );
    expect(await store.get('bigger')).toBeUndefined();
  });

  it('counts the size in UTF-8 bytes, so Cyrillic text fills a value twice as fast', async () => {
    const store = new InMemoryKeyValueStore();
    expect((await refusal(store.set('ru', 'я'.repeat(123_000)))).code).toBe('MAX_SIZE');
    await store.set('ru', 'я'.repeat(122_000));
  });

  it('refuses values nested deeper than Forge allows', async () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 32; level += 1) deep = { level: deep };
    expect((await refusal(new InMemoryKeyValueStore().set('deep', deep))).code).toBe('MAX_DEPTH');
  });

  it('hands out copies of what JSON kept, as Forge does', async () => {
    const store = new InMemoryKeyValueStore();
    const written = { at: new Date('2026-11-23T09:00:00Z'), skipped: undefined, list: [1, 2] };
    await store.set('record', written);
    written.list.push(3);
    expect(await store.get('record')).toEqual({ at: '2026-11-23T09:00:00.000Z', list: [1, 2] });
  });

  it('forgets a value once its TTL has passed on the injected clock', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const store = new InMemoryKeyValueStore(clock);
    await store.set('journal:1', 'entry', { ttlSeconds: 60 });
    clock.advanceSeconds(59);
    expect(await store.get('journal:1')).toBe('entry');
    clock.advanceSeconds(1);
    expect(await store.get('journal:1')).toBeUndefined();
    expect(await store.setIfAbsent('journal:1', 'again')).toBe(true);
  });

  it('lets exactly one of twelve racing callers create a key', async () => {
    const store = new InMemoryKeyValueStore();
    const results = await Promise.all(Array.from({ length: 12 }, (_, caller) => store.setIfAbsent('mops:lease:x', { caller })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.get('mops:lease:x')).toEqual({ caller: results.indexOf(true) });
  });

  it('applies a transaction whole or not at all', async () => {
    const store = new InMemoryKeyValueStore();
    await store.set('old', 1);
    const refused = await refusal(store.transact({ set: [{ key: 'a', value: 1 }, { key: 'b', value: 'x'.repeat(250_000) }], delete: ['old'] }));
    expect(refused.code).toBe('MAX_SIZE');
    expect([await store.get('a'), await store.get('old')]).toEqual([undefined, 1]);

    await store.transact({ set: [{ key: 'a', value: 1 }], delete: ['old', 'never-written'] });
    expect([await store.get('a'), await store.get('old')]).toEqual([1, undefined]);
  });

  it('refuses transactions of more than 25 operations or with a key twice', async () => {
    const store = new InMemoryKeyValueStore();
    const set = Array.from({ length: 26 }, (_, n) => ({ key: `k${n}`, value: n }));
    expect((await refusal(store.transact({ set }))).message).toBe('Each transaction can contain 1 to 25 operations; got 26.');
    expect((await refusal(store.transact({ set: [{ key: 'k', value: 1 }], delete: ['k'] }))).code).toBe('DUPLICATE_KEY');
    expect(store.size()).toBe(0);
  });

  it('lists a prefix a page at a time, at most 100 a page', async () => {
    const store = new InMemoryKeyValueStore();
    for (let n = 0; n < 250; n += 1) await store.set(`mops:dup:task:${String(n).padStart(3, '0')}`, n);
    await store.set('mops:dup:generation', 'g');
    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list('mops:dup:task:', { limit: 100, ...(cursor ? { cursor } : {}) });
      pages.push(page.entries.length);
      cursor = page.cursor;
    } while (cursor);
    expect(pages).toEqual([100, 100, 50]);
    expect((await store.list('mops:dup:task:')).entries).toHaveLength(10);
    expect(await refusal(store.list('mops:', { limit: 101 }))).toMatchObject({ code: 'LIST_QUERY_LIMIT_EXCEEDED' });
  });

  it('reads at most 25 keys in one batch and leaves absent ones out', async () => {
    const store = new InMemoryKeyValueStore();
    await store.set('a', 1);
    expect(await store.getMany(['a', 'b'])).toEqual(new Map([['a', 1]]));
    expect((await refusal(store.getMany(Array.from({ length: 26 }, (_, n) => `k${n}`)))).code).toBe('INVALID_BATCH_SIZE');
  });

  it('counts reads and writes through the counting wrapper', async () => {
    const store = new CountingKeyValueStore(new InMemoryKeyValueStore());
    await store.set('a', 1);
    await store.get('a');
    await store.getMany(['a', 'b']);
    await store.list('a');
    await store.transact({ set: [{ key: 'b', value: 2 }, { key: 'c', value: 3 }] });
    expect(store.counts()).toMatchObject({ reads: 3, writes: 2, get: 1, getMany: 1, list: 1, set: 1, transact: 1 });
    store.resetCounts();
    expect(store.counts().reads + store.counts().writes).toBe(0);
  });
});
