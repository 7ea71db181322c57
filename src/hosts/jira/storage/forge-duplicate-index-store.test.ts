import fc from 'fast-check';
import { type DuplicateCandidate, DuplicateIndex } from '../../../core/duplicates';
import { readChunked, writeChunked } from './chunked-value';
import { CountingKeyValueStore } from './counting-key-value-store';
import { ForgeDuplicateIndexStore } from './forge-duplicate-index-store';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import type { KeyValueStore, TransactionWrites } from './key-value-store';
import { StoredRecordError } from './stored-record-error';
import { ManualClock } from './test-clock';
import { WarmIndexCache } from './warm-index-cache';

const TEXTS: Array<[string, string]> = [
  ['Book photographer for Q1 product shoot', 'Studio in Warsaw, two days, packshots for the web shop'],
  ['Hire a photographer for the January product photoshoot', 'Packshots of the new range for the online shop'],
  ['Заказать фотосессию продукта для весенней кампании', 'Нужен фотограф, два дня в студии'],
  ['Zamówić sesję zdjęciową produktu na kampanię wiosenną', 'Potrzebny fotograf, dwa dni w studiu'],
  ['Write press release for the autumn launch', 'Legal must review before Friday'],
  ['Подготовить пресс-релиз к осеннему запуску', 'Юристы должны проверить'],
  ['Design banner set for Black Friday', 'Three sizes, web and print, shutterstock_2210345678'],
  ['Zaprojektować zestaw banerów na Black Friday', 'Trzy rozmiary, shutterstock_2210345678'],
  ['Landing page for the SMB webinar', 'Registration form and thank-you page'],
  ['Newsletter for the Christmas campaign', 'Two rounds of feedback with the brand team'],
];

function candidate(number: number, text: number): DuplicateCandidate {
  const [title, description] = TEXTS[text % TEXTS.length] ?? ['', ''];
  return {
    id: String(10_000 + number),
    title: `${title} ${number % 3 === 0 ? 'EMEA' : ''}`.trim(),
    description,
    projectId: ['BRAND', 'WEB', 'SOCIAL', 'PL'][number % 4] ?? 'BRAND',
    teamId: `team-${number % 5}`,
    statusCategory: number % 7 === 0 ? 'done' : 'todo',
    createdAt: '2026-10-01T09:00:00Z',
    ...(number % 7 === 0 ? { closedAt: '2026-11-01T09:00:00Z' } : {}),
  };
}

const QUERIES = [
  { title: 'Photographer for the product shoot', projectId: 'WEB' },
  { title: 'Фотосессия продукта', description: 'фотограф в студии' },
  { title: 'Banery na Black Friday', description: 'shutterstock_2210345678' },
  { title: 'Press release', projectId: 'BRAND' },
];

function answers(index: DuplicateIndex): unknown[] {
  return QUERIES.map((query) =>
    index
      .findDuplicates(query, { topK: 5, scope: { sameProject: 'include', closedWithinDays: 180, asOf: '2026-11-23T00:00:00Z' } })
      .map((match) => [match.id, Math.round(match.score * 1e9), match.decision, match.matchedTerms, match.sharedAssets]),
  );
}

function world(start = '2026-11-23T09:00:00Z') {
  const clock = new ManualClock(start);
  const memory = new InMemoryKeyValueStore(clock);
  let tokens = 0;
  const instance = (name: string, kv: KeyValueStore = memory, installationId = 'install-1') =>
    new ForgeDuplicateIndexStore({ kv, clock, installationId, cache: new WarmIndexCache(), newToken: () => `${name}-${(tokens += 1)}` });
  return { clock, memory, instance };
}

describe('ForgeDuplicateIndexStore', () => {
  it('answers every query as an in-memory index does, after any puts and removes, warm and from a cold start', async () => {
    const operation = fc.oneof(
      fc.record({ put: fc.integer({ min: 0, max: 12 }), text: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ remove: fc.integer({ min: 0, max: 12 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 20 }), async (operations) => {
        const { instance } = world();
        const writer = instance('writer');
        await writer.load();
        const reference = new DuplicateIndex();
        for (const step of operations) {
          if ('put' in step) {
            await writer.put(candidate(step.put, step.text));
            reference.add(candidate(step.put, step.text));
          } else {
            await writer.remove(String(10_000 + step.remove));
            reference.remove(String(10_000 + step.remove));
          }
        }
        const cold = await instance('reader').load();
        expect(cold.size).toBe(reference.size);
        expect(answers(cold)).toEqual(answers(reference));
        expect(answers(await writer.load())).toEqual(answers(reference));
      }),
      { numRuns: 40 },
    );
  });

  it('writes a put or a remove as one transaction and reads nothing for it', async () => {
    const { memory, clock } = world();
    const kv = new CountingKeyValueStore(memory);
    const store = new ForgeDuplicateIndexStore({ kv, clock, installationId: 'install-1', cache: new WarmIndexCache() });
    await store.put(candidate(1, 0));
    await store.remove('10001');
    expect(kv.counts()).toMatchObject({ transact: 2, writes: 2, reads: 0 });
    expect(await memory.get('mops:dup:task:10001')).toBeUndefined();
  });

  it('stores 50 candidates of a backfill batch in 3 transactions', async () => {
    const { memory, clock } = world();
    const kv = new CountingKeyValueStore(memory);
    const store = new ForgeDuplicateIndexStore({ kv, clock, installationId: 'install-1', cache: new WarmIndexCache() });
    await store.putMany(Array.from({ length: 50 }, (_, number) => candidate(number, number)));
    expect(kv.counts().transact).toBe(3);
    expect((await new ForgeDuplicateIndexStore({ kv: memory, clock, installationId: 'install-1', cache: new WarmIndexCache() }).load()).size).toBe(50);
  });

  it('keeps a backfill transaction under 1 MB when descriptions are long', async () => {
    const { memory, clock } = world();
    const kv = new CountingKeyValueStore(memory);
    const store = new ForgeDuplicateIndexStore({ kv, clock, installationId: 'install-1', cache: new WarmIndexCache() });
    const long = Array.from({ length: 10 }, (_, number) => ({ ...candidate(number, number), description: `Brief ${number}: ${'shot list and notes '.repeat(10_000)}` }));
    await store.putMany(long);
    // Each record is about 200 KB, so four fit under 900 KiB: 4 + 4 + 2.
    expect(kv.counts().transact).toBe(3);
  });

  it('lets a warm instance see another instance’s writes: one read when nothing changed, the journal when something did', async () => {
    const { memory, clock, instance } = world();
    const counted = new CountingKeyValueStore(memory);
    const writer = instance('writer');
    const reader = instance('reader', counted);
    await writer.putMany([candidate(1, 0), candidate(2, 4), candidate(3, 8)]);
    await reader.load();
    expect(reader.lastLoad().source).toBe('records');

    counted.resetCounts();
    await reader.load();
    expect(reader.lastLoad()).toMatchObject({ source: 'memory', tasks: 3 });
    expect(counted.counts()).toMatchObject({ reads: 1, writes: 0 });

    clock.advanceSeconds(30);
    await writer.put(candidate(4, 1));
    await writer.remove('10002');
    counted.resetCounts();
    const index = await reader.load();
    expect(reader.lastLoad()).toMatchObject({ source: 'journal', changesApplied: 2, tasks: 3 });
    expect([index.has('10004'), index.has('10002')]).toEqual([true, false]);
    // The generation, the minute buckets 08:58, 08:59 and 09:00 (the last catch-up less two minutes), one batch of records.
    expect(counted.counts()).toMatchObject({ get: 1, list: 3, getMany: 1, writes: 0 });
  });

  it('starts cold from the snapshot and the journal since, reading a handful of values instead of every record', async () => {
    const { memory, clock, instance } = world();
    const writer = instance('writer');
    await writer.putMany(Array.from({ length: 300 }, (_, number) => candidate(number, number)));
    const snapshot = await writer.writeSnapshot();
    clock.advanceSeconds(20 * 60);
    await writer.put(candidate(400, 2));
    await writer.remove('10005');

    const counted = new CountingKeyValueStore(memory);
    const reader = instance('reader', counted);
    const index = await reader.load();
    expect(reader.lastLoad()).toMatchObject({ source: 'snapshot', changesApplied: 2, tasks: 300 });
    expect(answers(index)).toEqual(answers(await writer.load()));
    // 300 tasks compress into the manifest itself: the manifest, the generation, the hour buckets 08:00
    // and 09:00 (the snapshot's instant less two minutes, to now), one batch of the two changed records.
    expect(snapshot.chunks).toBe(0);
    expect(counted.counts()).toMatchObject({ get: 2, getMany: 1, list: 2, writes: 0 });
  });

  it('leaves a snapshot behind after reading every record, so the next cold start need not', async () => {
    const { memory, instance } = world();
    await instance('writer').putMany(Array.from({ length: 120 }, (_, number) => candidate(number, number)));
    const first = instance('first');
    await first.load();
    expect(first.lastLoad().source).toBe('records');
    const counted = new CountingKeyValueStore(memory);
    const second = instance('second', counted);
    expect((await second.load()).size).toBe(120);
    expect(second.lastLoad()).toMatchObject({ source: 'snapshot', changesApplied: 0 });
    expect(counted.counts()).toMatchObject({ get: 2, getMany: 0, writes: 0 });
  });

  it('passes over a snapshot older than the journal keeps, saying so, and reads the records', async () => {
    const { clock, instance } = world();
    const writer = instance('writer');
    await writer.putMany([candidate(1, 0), candidate(2, 1)]);
    await writer.writeSnapshot();
    clock.advanceSeconds(25 * 3600);
    await writer.put(candidate(3, 2));
    const reader = instance('reader');
    expect((await reader.load()).size).toBe(3);
    expect(reader.lastLoad().source).toBe('records');
    expect(reader.lastLoad().warnings).toEqual([
      'Snapshot "mops:dup:snapshot" was taken at 2026-11-23T09:00:00.000Z, longer ago than the journal keeps; read every record instead',
    ]);
  });

  it('passes over a snapshot another build of the duplicate engine analysed', async () => {
    const { memory, instance } = world();
    const writer = instance('writer');
    await writer.putMany([candidate(1, 0), candidate(2, 1)]);
    await writer.writeSnapshot();
    const stored = await readChunked(memory, 'mops:dup:snapshot');
    await writeChunked(memory, 'mops:dup:snapshot', { ...(stored as object), analyser: 'older-engine' }, 'older');
    const reader = instance('reader');
    expect(answers(await reader.load())).toEqual(answers(await writer.load()));
    expect(reader.lastLoad().source).toBe('records');
    expect(reader.lastLoad().warnings[0]).toMatch(/^Snapshot "mops:dup:snapshot" was analysed by another build of the duplicate engine \(older-engine, this one is [0-9a-f]{16}\)/);
  });

  it('rebuilds from the records when a warm index has not caught up for longer than the journal keeps', async () => {
    const { clock, instance } = world();
    const writer = instance('writer');
    const reader = instance('reader');
    await writer.put(candidate(1, 0));
    await reader.load();
    clock.advanceSeconds(26 * 3600);
    await writer.put(candidate(2, 1));
    expect((await reader.load()).has('10002')).toBe(true);
    expect(reader.lastLoad().source).toBe('records');
  });

  it('stops a cold load at a corrupt record with an error naming its key', async () => {
    const { memory, instance } = world();
    await instance('writer').put(candidate(1, 0));
    await memory.set('mops:dup:task:10042', { schemaVersion: 1, candidate: { ...candidate(42, 0), statusCategory: 'open' } });
    const failure = instance('reader').load();
    await expect(failure).rejects.toBeInstanceOf(StoredRecordError);
    await expect(instance('reader').load()).rejects.toThrow(/^Stored record "mops:dup:task:10042" is not a duplicate-index record at "candidate.statusCategory": /);
  });

  it('changes nothing, stored or warm, when the write fails', async () => {
    const { memory, clock, instance } = world();
    const failing: KeyValueStore = Object.assign(Object.create(memory) as InMemoryKeyValueStore, {
      transact: async (_writes: TransactionWrites): Promise<void> => {
        throw new Error('Forge KVS unavailable');
      },
    });
    const store = new ForgeDuplicateIndexStore({ kv: failing, clock, installationId: 'install-1', cache: new WarmIndexCache() });
    await expect(store.put(candidate(1, 0))).rejects.toThrow('Forge KVS unavailable');
    expect((await store.load()).size).toBe(0);
    expect((await instance('reader').load()).size).toBe(0);
  });

  it('keeps the indexes of two installations apart in one warm instance', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const cache = new WarmIndexCache();
    const storage = { acme: new InMemoryKeyValueStore(clock), globex: new InMemoryKeyValueStore(clock) };
    const site = (installationId: 'acme' | 'globex') => new ForgeDuplicateIndexStore({ kv: storage[installationId], clock, installationId, cache });
    await site('acme').put(candidate(1, 0));
    await site('globex').put(candidate(2, 1));
    expect([(await site('acme').load()).has('10001'), (await site('acme').load()).has('10002')]).toEqual([true, false]);
    expect([(await site('globex').load()).has('10001'), (await site('globex').load()).has('10002')]).toEqual([false, true]);
  });

  it('builds the index once when a burst of events loads it at the same time', async () => {
    const { memory, clock } = world();
    await new ForgeDuplicateIndexStore({ kv: memory, clock, installationId: 'install-1', cache: new WarmIndexCache() }).put(candidate(1, 0));
    const counted = new CountingKeyValueStore(memory);
    const cache = new WarmIndexCache();
    const stores = Array.from({ length: 5 }, () => new ForgeDuplicateIndexStore({ kv: counted, clock, installationId: 'install-1', cache, snapshotAfterRebuild: false }));
    const indexes = await Promise.all(stores.map((store) => store.load()));
    expect(new Set(indexes).size).toBe(1);
    expect(counted.counts().list).toBe(1 + 3);
  });
});
