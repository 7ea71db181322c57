import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import type { DuplicateIndexStore } from '../../../app/ports/duplicate-store';
import { type DuplicateCandidate, DuplicateIndex } from '../../../core/duplicates';
import type { ChunkedWrite } from './chunked-value';
import { applyRecord, recordOf, type DuplicateRecord } from './duplicate-record';
import { bucketsBetween, JournalEntry, journalKeys, journalStamp } from './duplicate-journal';
import { readDuplicateSnapshot, storeDuplicateSnapshot } from './duplicate-snapshot';
import { BATCH_LIMIT, KVS_LIMITS, type KeyValueStore } from './key-value-store';
import { JOURNAL_CATCH_UP_MS, JOURNAL_MARGIN_MS } from './journal-window';
import { StoredRecordError } from './stored-record-error';
import { type WarmIndex, type WarmIndexCache, warmDuplicateIndexes } from './warm-index-cache';

/** Gaps up to this long are caught up from minute buckets; longer ones from hour buckets. */
const MINUTE_BUCKETS_UP_TO_MS = 10 * 60_000;
const JOURNAL_TTL_SECONDS = JOURNAL_CATCH_UP_MS / 1000 + 3600;
/** Past this many changed tasks, re-reading every record (100 a call) is cheaper than catching up (25 a call). */
const CATCH_UP_TASK_LIMIT = 2_000;
/** Records per put transaction: with two journal keys and the generation, within Forge's 25 operations. */
const RECORDS_PER_TRANSACTION = KVS_LIMITS.transactionOperations - 3;
/** Forge allows 4 MB per transaction but documents a bug that refuses more than 1 MB; stay below it. */
const TRANSACTION_BYTES = 900 * 1024;

const GenerationRecord = z.object({ stamp: z.string().min(1) });

export interface ForgeDuplicateIndexStoreOptions {
  kv: KeyValueStore;
  clock: Clock;
  /**
   * The Forge installation this index belongs to (from the invocation context). A warm instance can
   * serve several installations; each keeps its own index in memory.
   */
  installationId: string;
  keyPrefix?: string;
  /** Makes journal stamps and snapshot tokens unique; random by default. */
  newToken?: () => string;
  /** Where warm indexes live; the instance-wide cache by default, a fresh one in tests. */
  cache?: WarmIndexCache;
  /** After a cold start that had to read every record, store a snapshot for the next one (default true). */
  snapshotAfterRebuild?: boolean;
}

/** How the last `load()` got its index, for call budgets and reports. */
export interface DuplicateIndexLoad {
  source: 'memory' | 'journal' | 'snapshot' | 'records';
  changesApplied: number;
  tasks: number;
  /** E.g. an unusable snapshot that was passed over for the records. */
  warnings: string[];
}

/**
 * The duplicate index in Forge's Key-Value Store. Each task is one record (`<prefix>task:<id>`, the
 * candidate with its text, see `duplicate-record.ts`), so a put or a remove is one KVS transaction —
 * the record, a journal entry and the generation stamp, all or nothing — and the stored index is whole
 * after any crash.
 *
 * `load()` builds the index once per warm instance (from the latest snapshot plus the journal since, or
 * from every record) and keeps it in memory. Later loads read the generation stamp (one read); when
 * another instance has written since, they list the journal buckets since the last catch-up and re-read
 * only the records that changed. A gap longer than the journal keeps (a day), or more changes than a
 * re-read costs, rebuilds from the records.
 *
 * @example
 * const store = new ForgeDuplicateIndexStore({ kv: forgeKeyValueStore(), clock: systemClock, installationId: context.installContext });
 * const index = await store.load();
 */
export class ForgeDuplicateIndexStore implements DuplicateIndexStore {
  private readonly kv: KeyValueStore;
  private readonly clock: Clock;
  private readonly prefix: string;
  private readonly newToken: () => string;
  private readonly cache: WarmIndexCache;
  private readonly cacheKey: string;
  private readonly snapshotAfterRebuild: boolean;
  private last: DuplicateIndexLoad = { source: 'memory', changesApplied: 0, tasks: 0, warnings: [] };
  /** The snapshot the last load wrote after reading every record, so `writeSnapshot` need not write it twice. */
  private rebuiltSnapshot: ChunkedWrite | undefined;

  constructor(options: ForgeDuplicateIndexStoreOptions) {
    this.kv = options.kv;
    this.clock = options.clock;
    this.prefix = options.keyPrefix ?? 'mops:dup:';
    this.newToken = options.newToken ?? randomUUID;
    this.cache = options.cache ?? warmDuplicateIndexes;
    this.cacheKey = `${options.installationId}|${this.prefix}`;
    this.snapshotAfterRebuild = options.snapshotAfterRebuild ?? true;
  }

  /** How the last load got its index. */
  lastLoad(): DuplicateIndexLoad {
    return { ...this.last, warnings: [...this.last.warnings] };
  }

  recordKey(taskId: string): string {
    return `${this.prefix}task:${taskId}`;
  }

  async load(): Promise<DuplicateIndex> {
    return this.cache.once(this.cacheKey, async () => {
      this.rebuiltSnapshot = undefined;
      const warm = this.cache.get(this.cacheKey);
      const synced = warm ? await this.sync(warm) : await this.coldStart();
      this.cache.set(this.cacheKey, synced);
      return synced.index;
    });
  }

  async put(candidate: DuplicateCandidate): Promise<void> {
    await this.putMany([candidate]);
  }

  /** Stores many candidates in few transactions (up to 22 records or 900 KiB each), as a backfill does. */
  async putMany(candidates: readonly DuplicateCandidate[]): Promise<void> {
    const latest = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    let batch: Array<{ id: string; record: DuplicateRecord }> = [];
    let batchBytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const written = batch;
      batch = [];
      batchBytes = 0;
      await this.write(
        written.map(({ id }) => ({ taskId: id, change: 'put' as const })),
        written.map(({ id, record }) => ({ key: this.recordKey(id), value: record })),
        [],
        (index) => {
          for (const { record } of written) index.add(record.candidate);
        },
      );
    };
    for (const candidate of latest.values()) {
      const record = recordOf(candidate);
      const bytes = Buffer.byteLength(JSON.stringify(record), 'utf8');
      if (batch.length === RECORDS_PER_TRANSACTION || batchBytes + bytes > TRANSACTION_BYTES) await flush();
      batch.push({ id: candidate.id, record });
      batchBytes += bytes;
    }
    await flush();
  }

  async remove(taskId: string): Promise<void> {
    await this.write([{ taskId, change: 'remove' }], [], [this.recordKey(taskId)], (index) => {
      index.remove(taskId);
    });
  }

  /**
   * Stores the warm index as a compressed snapshot in chunks of at most 200 KiB, so the next cold start
   * reads a few chunks instead of every record. Run it after a backfill and from a schedule: a snapshot
   * older than the journal's day is passed over.
   */
  async writeSnapshot(): Promise<ChunkedWrite> {
    await this.load();
    if (this.rebuiltSnapshot) return this.rebuiltSnapshot;
    const warm = this.cache.get(this.cacheKey);
    if (!warm) throw new Error('The duplicate index was loaded but is not in the warm cache; cannot snapshot it');
    return this.storeSnapshot(warm);
  }

  private async write(
    changes: JournalEntry['changes'],
    sets: Array<{ key: string; value: DuplicateRecord }>,
    deletes: string[],
    applyToWarm: (index: DuplicateIndex) => void,
  ): Promise<void> {
    const now = this.clock.now();
    const entry: JournalEntry = { stamp: journalStamp(now, this.newToken()), at: now.toISOString(), changes };
    await this.kv.transact({
      set: [
        ...sets,
        ...journalKeys(this.prefix, entry).map((key) => ({ key, value: entry, options: { ttlSeconds: JOURNAL_TTL_SECONDS } })),
        { key: `${this.prefix}generation`, value: { stamp: entry.stamp } },
      ],
      delete: deletes,
    });
    const warm = this.cache.get(this.cacheKey);
    if (!warm) return;
    applyToWarm(warm.index);
    // A load running now may have read this record before the write and apply that afterwards: leave
    // the entry unseen so the next catch-up reads the record again.
    if (!this.cache.isLoading(this.cacheKey)) warm.seen.set(entry.stamp, now.getTime());
    // Others may have written between our last catch-up and this write: the next load looks.
    warm.generation = undefined;
  }

  private async coldStart(): Promise<WarmIndex> {
    const { warm, warnings } = await readDuplicateSnapshot(this.kv, `${this.prefix}snapshot`, this.clock.now().getTime());
    if (warm) {
      const synced = await this.sync(warm);
      this.last = { ...this.last, ...(this.last.source === 'journal' ? { source: 'snapshot' as const } : {}), warnings: [...warnings, ...this.last.warnings] };
      return synced;
    }
    const rebuilt = await this.rebuildFromRecords();
    this.last = { ...this.last, warnings: [...warnings, ...this.last.warnings] };
    return rebuilt;
  }

  /** Brings a warm index up to date, or rebuilds it when the journal cannot. */
  private async sync(warm: WarmIndex): Promise<WarmIndex> {
    const generation = await this.readGeneration();
    if (warm.generation !== undefined && generation === warm.generation) {
      this.last = { source: 'memory', changesApplied: 0, tasks: warm.index.size, warnings: [] };
      return warm;
    }
    const nowMs = this.clock.now().getTime();
    if (nowMs - warm.syncedAtMs > JOURNAL_CATCH_UP_MS) return this.rebuildFromRecords();
    const applied = await this.catchUp(warm, warm.syncedAtMs - JOURNAL_MARGIN_MS, nowMs);
    if (applied === 'too-many') return this.rebuildFromRecords();
    warm.generation = generation;
    warm.syncedAtMs = nowMs;
    for (const [stamp, atMs] of warm.seen) if (atMs < nowMs - JOURNAL_MARGIN_MS - 3_600_000) warm.seen.delete(stamp);
    this.last = { source: 'journal', changesApplied: applied, tasks: warm.index.size, warnings: [] };
    return warm;
  }

  /** Applies the journal entries written from `fromMs` on that the index has not seen; the number of tasks re-read. */
  private async catchUp(warm: WarmIndex, fromMs: number, toMs: number): Promise<number | 'too-many'> {
    const size = toMs - fromMs <= MINUTE_BUCKETS_UP_TO_MS ? 'minute' : 'hour';
    const fresh = new Map<string, JournalEntry>();
    const changedTasks = new Set<string>();
    for (const bucket of bucketsBetween(this.prefix, size, fromMs, toMs)) {
      for await (const { key, value } of this.listAll(bucket)) {
        const entry = this.journalEntry(key, value);
        // Older entries were applied by an earlier catch-up; hour buckets list them again.
        if (warm.seen.has(entry.stamp) || Date.parse(entry.at) < fromMs) continue;
        fresh.set(entry.stamp, entry);
        for (const change of entry.changes) changedTasks.add(change.taskId);
      }
      if (changedTasks.size > CATCH_UP_TASK_LIMIT) return 'too-many';
    }
    const ids = [...changedTasks];
    const records = await this.readRecords(ids);
    for (const id of ids) {
      const key = this.recordKey(id);
      const record = records.get(key);
      if (record === undefined) warm.index.remove(id);
      else applyRecord(warm.index, key, record);
    }
    for (const entry of fresh.values()) warm.seen.set(entry.stamp, Date.parse(entry.at));
    return ids.length;
  }

  /**
   * Reads every record. The journal's last minutes are listed first and taken as seen: each of those
   * entries committed before the records were read, so the records already show it; entries that
   * commit later are found by the next catch-up, which starts a margin before this rebuild.
   */
  private async rebuildFromRecords(): Promise<WarmIndex> {
    const startedMs = this.clock.now().getTime();
    const generation = await this.readGeneration();
    const seen = new Map<string, number>();
    for (const bucket of bucketsBetween(this.prefix, 'minute', startedMs - JOURNAL_MARGIN_MS, startedMs)) {
      for await (const { key, value } of this.listAll(bucket)) {
        const entry = this.journalEntry(key, value);
        seen.set(entry.stamp, Date.parse(entry.at));
      }
    }
    const warm: WarmIndex = { index: new DuplicateIndex(), generation, syncedAtMs: startedMs, seen };
    for await (const { key, value } of this.listAll(`${this.prefix}task:`)) applyRecord(warm.index, key, value);
    this.last = { source: 'records', changesApplied: 0, tasks: warm.index.size, warnings: [] };
    if (this.snapshotAfterRebuild) this.rebuiltSnapshot = await this.storeSnapshot(warm);
    return warm;
  }

  private async readGeneration(): Promise<string | null> {
    const generation = GenerationRecord.safeParse(await this.kv.get(`${this.prefix}generation`));
    return generation.success ? generation.data.stamp : null;
  }

  private journalEntry(key: string, value: unknown): JournalEntry {
    const entry = JournalEntry.safeParse(value);
    if (!entry.success) throw new StoredRecordError(key, `is not a duplicate-index journal entry: ${entry.error.issues[0]?.message ?? 'unknown problem'}`);
    return entry.data;
  }

  private storeSnapshot(warm: WarmIndex): Promise<ChunkedWrite> {
    return storeDuplicateSnapshot(this.kv, `${this.prefix}snapshot`, warm, this.newToken());
  }

  private async readRecords(taskIds: readonly string[]): Promise<Map<string, unknown>> {
    const keys = taskIds.map((id) => this.recordKey(id));
    const batches: string[][] = [];
    for (let at = 0; at < keys.length; at += BATCH_LIMIT) batches.push(keys.slice(at, at + BATCH_LIMIT));
    const found = new Map<string, unknown>();
    for (const values of await Promise.all(batches.map((batch) => this.kv.getMany(batch)))) for (const [key, value] of values) found.set(key, value);
    return found;
  }

  private async *listAll(prefix: string): AsyncGenerator<{ key: string; value: unknown }> {
    let cursor: string | undefined;
    do {
      const page = await this.kv.list(prefix, { limit: KVS_LIMITS.listLimit, ...(cursor === undefined ? {} : { cursor }) });
      yield* page.entries;
      cursor = page.cursor;
    } while (cursor !== undefined);
  }
}
