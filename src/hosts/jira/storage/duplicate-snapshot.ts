import { z } from 'zod';
import { deserialiseIndex, serialiseIndex } from '../../../core/duplicates';
import { Instant } from '../../../core/dates/local-date';
import { analyserFingerprint } from './analyser-fingerprint';
import { readChunked, writeChunked, type ChunkedWrite } from './chunked-value';
import { JOURNAL_CATCH_UP_MS, JOURNAL_MARGIN_MS } from './journal-window';
import type { KeyValueStore } from './key-value-store';
import type { WarmIndex } from './warm-index-cache';
import { errorMessage } from '../../shared/error-message';

/** The whole duplicate index as the core serialises it, with what a reader needs to catch up from it. */
const DuplicateSnapshot = z.object({
  format: z.literal('mops-dup-snapshot/1'),
  /** Journal entries from this instant less the margin are applied on top of the snapshot. */
  takenAt: Instant,
  taskCount: z.number().int().nonnegative(),
  /** `analyserFingerprint()` of the build that analysed the tasks; another build re-reads the records. */
  analyser: z.string().min(1),
  /** Journal entries from the margin before `takenAt` on that the snapshot already holds, so a reader skips them. */
  seen: z.array(z.object({ stamp: z.string().min(1), at: Instant })).default([]),
  index: z.unknown(),
});

/**
 * Stores a warm index as a compressed snapshot under `key`, in chunks of at most 200 KiB.
 *
 * @example
 * await storeDuplicateSnapshot(kv, 'mops:dup:snapshot', warm, randomUUID()); // { chunks: 5, … } for 10,000 tasks
 */
export function storeDuplicateSnapshot(kv: KeyValueStore, key: string, warm: WarmIndex, token: string): Promise<ChunkedWrite> {
  const sinceMs = warm.syncedAtMs - JOURNAL_MARGIN_MS;
  const snapshot: z.input<typeof DuplicateSnapshot> = {
    format: 'mops-dup-snapshot/1',
    takenAt: new Date(warm.syncedAtMs).toISOString(),
    taskCount: warm.index.size,
    analyser: analyserFingerprint(),
    seen: [...warm.seen].filter(([, atMs]) => atMs >= sinceMs).map(([stamp, atMs]) => ({ stamp, at: new Date(atMs).toISOString() })),
    index: serialiseIndex(warm.index),
  };
  return writeChunked(kv, key, snapshot, token);
}

/**
 * The stored snapshot as a warm index not yet caught up with the journal, unless there is none or it
 * cannot serve: unreadable, analysed by another build of the engine, or older than the journal keeps.
 * The snapshot only saves time, so each of those is a warning and the caller reads the records.
 *
 * @example
 * const { warm, warnings } = await readDuplicateSnapshot(kv, 'mops:dup:snapshot', Date.now());
 */
export async function readDuplicateSnapshot(kv: KeyValueStore, key: string, nowMs: number): Promise<{ warm?: WarmIndex; warnings: string[] }> {
  const instead = 'read every record instead';
  try {
    const stored = await readChunked(kv, key);
    if (stored === undefined) return { warnings: [] };
    const snapshot = DuplicateSnapshot.safeParse(stored);
    if (!snapshot.success) return { warnings: [`Snapshot "${key}" is not a duplicate-index snapshot; ${instead}`] };
    const { analyser, takenAt, seen, index } = snapshot.data;
    if (analyser !== analyserFingerprint()) {
      return { warnings: [`Snapshot "${key}" was analysed by another build of the duplicate engine (${analyser}, this one is ${analyserFingerprint()}); ${instead}`] };
    }
    const takenAtMs = Date.parse(takenAt);
    if (nowMs - takenAtMs > JOURNAL_CATCH_UP_MS) return { warnings: [`Snapshot "${key}" was taken at ${takenAt}, longer ago than the journal keeps; ${instead}`] };
    const seenStamps = new Map(seen.map((entry) => [entry.stamp, Date.parse(entry.at)] as const));
    return { warm: { index: deserialiseIndex(index), generation: undefined, syncedAtMs: takenAtMs, seen: seenStamps }, warnings: [] };
  } catch (error) {
    return { warnings: [`Snapshot "${key}" could not be used (${errorMessage(error)}); ${instead}`] };
  }
}
